// Loads one page in a fresh browser context and measures it: JS bytes, time to bars visible and to
// interactive (drawn), main-thread work, long tasks, layout shift and JS heap. One call, one
// measurement; run.mjs decides the order.
import { stat, readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { collectHarness, installHarness } from './harness.mjs';
import { installBarsProbe } from './probe.mjs';

/**
 * The two device profiles. The many-charts page gets a taller viewport (same width and density):
 * our charts load Chart.js only within one viewport height of the screen, so on a phone-sized
 * viewport most of the twenty would never draw. Every variant gets the same tall viewport.
 */
export const devices = {
  phone: {
    label: 'phone 390×844 @3x, CPU 4× slower',
    viewport: { width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
    cpuSlowdown: 4,
    manyHeight: 8000,
  },
  desktop: {
    label: 'desktop 1280×800 @1x, no throttling',
    viewport: { width: 1280, height: 800, deviceScaleFactor: 1 },
    cpuSlowdown: 1,
    manyHeight: 8000,
  },
};

/**
 * The two network profiles (issue #12). `loopback`: plain HTTP/1.1 on 127.0.0.1, files as they are
 * on disk, no emulation. `slow-4g`: HTTP/2 over TLS with brotli, as a CDN serves the files, through
 * Chromium's network emulation (`Network.emulateNetworkConditions`: 150 ms added to every request,
 * 1.6 Mbps down, 750 kbps up, in bytes per second). The emulation adds the latency per request,
 * not to the TCP and TLS handshakes, and it is the same for every variant: all load from one origin.
 */
export const networks = {
  loopback: { label: 'loopback HTTP/1.1', protocol: 'http/1.1' },
  'slow-4g': {
    label: 'slow 4G (HTTP/2 + TLS + brotli, 150 ms, 1.6 Mbps down, 750 kbps up)',
    protocol: 'h2',
    tls: true,
    conditions: { latency: 150, download: 200_000, upload: 93_750 },
  },
};

/**
 * Which device goes with which network, and on which pages. Every page on loopback, phone and
 * desktop; on slow 4G every page on the phone, and only the builder's snippet pages on the desktop
 * (their layout shift is wanted on both devices, issue #12 item 4): the desktop's other pages on
 * slow 4G would add about a third to a full run on this 2-core machine, for a reader who is rarer.
 */
export const profiles = Object.fromEntries(
  [
    ['loopback', 'phone', 'all'],
    ['loopback', 'desktop', 'all'],
    ['slow-4g', 'phone', 'all'],
    ['slow-4g', 'desktop', 'snippets'],
  ].map(([network, device, pages]) => [
    `${network}-${device}`,
    {
      label: `${devices[device].label}, ${networks[network].label}`,
      network,
      device,
      pages,
      ...devices[device],
      conditions: networks[network].conditions,
      protocol: networks[network].protocol,
    },
  ]),
);

const sizes = new Map();

/** Raw, gzip (level 9) and brotli (quality 11) bytes of one file, cached while it is unchanged. */
async function sizesOf(file) {
  const info = await stat(file);
  const key = `${file}:${info.size}:${info.mtimeMs}`;
  if (!sizes.has(key)) {
    const bytes = await readFile(file);
    sizes.set(key, {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }).length,
    });
  }
  return sizes.get(key);
}

/** Classic CLS: the largest sum of shifts in a session window (gaps under 1 s, at most 5 s long). */
export function cumulativeLayoutShift(shifts) {
  let best = 0;
  let window = { start: -Infinity, last: -Infinity, sum: 0 };
  for (const shift of [...shifts].sort((a, b) => a.start - b.start)) {
    if (shift.start - window.last > 1000 || shift.start - window.start > 5000) {
      window = { start: shift.start, last: shift.start, sum: 0 };
    }
    window.sum += shift.value;
    window.last = shift.start;
    best = Math.max(best, window.sum);
  }
  return best;
}

/**
 * Measures `url` once. `expected` is the number of graphics that must draw (0 for a static page),
 * `charts` how many of them are bar charts whose bars the probe waits for (0 for the stat card and
 * widgets without a chart), `hosts` the selector of our chart widgets (probe.mjs).
 * Returns the figures, or throws when the page failed: a chart that never drew, a script error or
 * a request that was not answered, since a half-drawn page would give flattering numbers.
 */
export async function measurePage(
  browser,
  { url, expected, charts, hosts, profile, many, server, timeoutMs },
) {
  const context = await browser.createBrowserContext();
  // Every script response of this page waits at the server until the page reports its first
  // contentful paint through the binding below.
  const token = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  server.hold(token);
  let held = [];
  try {
    const page = await context.newPage();
    const client = await page.createCDPSession();
    const scripts = new Set();
    const problems = [];
    page.on('response', (response) => {
      if (!response.ok()) problems.push(`HTTP ${response.status()} for ${response.url()}`);
      if (response.request().resourceType() === 'script') scripts.add(response.url());
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });

    await page.setCacheEnabled(false);
    await page.setViewport({
      ...profile.viewport,
      ...(many ? { height: profile.manyHeight } : {}),
    });
    await client.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    if (profile.conditions) await page.emulateNetworkConditions(profile.conditions);
    await page.exposeFunction('__benchPainted', () => server.release(token));
    await page.evaluateOnNewDocument(installHarness, expected);
    // The probe stops by itself well after the page would have failed for taking too long.
    await page.evaluateOnNewDocument(installBarsProbe, { charts, hosts, limitMs: 3 * timeoutMs });

    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    const seen = await page.evaluate(collectHarness, timeoutMs);
    held = server.endHold();
    if (!seen.complete) {
      problems.push(
        `only ${seen.drawn.length} of ${expected} graphics drew within ${timeoutMs} ms`,
      );
    } else if (charts > 0 && seen.bars.last === undefined) {
      // Every chart drew, so the frame after showed its bars: a probe that missed it is broken.
      problems.push(
        `every chart drew, yet in none of ${seen.bars.frames} frames did the probe see the bars of all ${charts}`,
      );
    }
    problems.push(...scriptsHeldProblems({ seen, held, scripts, token }));
    const protocol = seen.requests[0]?.protocol;
    if (protocol !== profile.protocol) {
      problems.push(`served over ${protocol}, not ${profile.protocol}`);
    }
    if (problems.length > 0) throw new Error(`${url}: ${problems.join('; ')}`);

    // Main-thread time up to here (the page was created at about:blank, so it is all this page's).
    const work = await page.metrics();
    await client.send('HeapProfiler.collectGarbage');
    const heap = await page.metrics();

    const js = { files: [], raw: 0, gzip: 0, brotli: 0 };
    for (const scriptUrl of scripts) {
      const { pathname, origin } = new URL(scriptUrl);
      const file = server.fileFor(pathname);
      if (!file || origin !== new URL(url).origin) {
        throw new Error(`unexpected script ${scriptUrl}`);
      }
      const size = await sizesOf(file);
      const timing = seen.scripts.find((script) => script.path === pathname);
      js.files.push({ path: pathname, ...size, startMs: timing?.start, endMs: timing?.end });
      for (const key of ['raw', 'gzip', 'brotli']) js[key] += size[key];
    }

    // Nothing is on screen before the page's first paint, yet Chromium runs animation frames
    // before it presents one: on a loopback desktop, frames at 138 and 148 ms already held the
    // static plot, and the first paint (of anything) came at 240 ms. Bars in such a frame are seen
    // at the first paint.
    const paint = seen.firstPaint ?? seen.fcp;
    const onScreen = (frame) => (frame === undefined ? undefined : Math.max(frame, paint));
    const longTasks = seen.longTasks;
    const firstScript = Math.min(...seen.scripts.map((script) => script.end));
    return {
      js,
      // Navigation start to the frame in which the last chart first showed its bars (probe.mjs),
      // or the first paint if that frame came before it; undefined on a page without a bar chart.
      barsVisibleMs: onScreen(seen.bars.last),
      firstBarsVisibleMs: onScreen(seen.bars.first),
      // The probe's own frame and the first paint, as they were.
      barsFrameMs: seen.bars.last,
      firstPaintMs: seen.firstPaint,
      // Interactive: navigation start to the last graphic drawn (a static page: its first
      // contentful paint).
      interactiveMs: expected === 0 ? seen.fcp : Math.max(...seen.drawn),
      firstInteractiveMs: expected === 0 ? seen.fcp : Math.min(...seen.drawn),
      fcpMs: seen.fcp,
      // What the probe cost: the frames it looked at and its time in them, all told. That time is
      // mostly the page's own style and layout, forced a little early by the probe's size reads
      // (with layout forced just before it, the probe took 3–9 ms over a 20-chart page).
      probeFrames: seen.bars.frames,
      probeMs: seen.bars.ms,
      scriptMs: work.ScriptDuration * 1000,
      taskMs: work.TaskDuration * 1000,
      longTaskCount: longTasks.length,
      longTaskMs: longTasks.reduce((sum, task) => sum + task.duration, 0),
      // Blocking time: the part of each long task over 50 ms, over the whole load.
      tbtMs: longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
      // Every shift counts: nothing in the bench is input (see harness.mjs). The figure as web
      // vitals define it, leaving out shifts flagged hadRecentInput, is kept beside it.
      cls: cumulativeLayoutShift(seen.shifts),
      clsWithoutFlagged: cumulativeLayoutShift(
        seen.shifts.filter((shift) => !shift.hadRecentInput),
      ),
      flaggedShifts: seen.shifts.filter((shift) => shift.hadRecentInput).length,
      heapBytes: heap.JSHeapUsedSize,
      // The hold: when the first script's last byte arrived (it cannot run sooner), which is after
      // the first contentful paint, and the longest any script waited at the server.
      firstScriptMs: Number.isFinite(firstScript) ? firstScript : undefined,
      heldMs: Math.max(0, ...held.map((entry) => entry.heldMs)),
      requests: seen.requests.map((request) => ({
        path: request.path,
        type: request.type,
        startMs: request.start,
        endMs: request.end,
        transferred: request.transferred,
      })),
    };
  } finally {
    server.endHold();
    await context.close();
  }
}

/**
 * What shows that no script ran before the first contentful paint; any of it fails the
 * measurement. Every script the browser received went through the server's hold for this page and
 * was released by its paint (not by the time limit), none is inline, and the first one's last
 * byte arrived after the paint.
 */
function scriptsHeldProblems({ seen, held, scripts, token }) {
  const problems = [];
  if (seen.inlineScripts > 0) problems.push(`${seen.inlineScripts} inline scripts`);
  for (const scriptUrl of scripts) {
    const { pathname } = new URL(scriptUrl);
    const entry = held.find((candidate) => candidate.path === pathname);
    if (!entry || entry.token !== token) problems.push(`script not held: ${pathname}`);
    else if (!entry.released) problems.push(`script sent without a paint: ${pathname}`);
  }
  const early = seen.scripts.filter((script) => !(script.end > seen.fcp));
  if (early.length > 0 || (seen.scripts.length > 0 && !Number.isFinite(seen.fcp))) {
    problems.push(
      `script before first contentful paint (${seen.fcp} ms): ${early.map((script) => `${script.path} at ${script.end} ms`).join(', ')}`,
    );
  }
  return problems;
}
