// Loads one page in a fresh browser context and measures it: JS bytes, time to drawn, main-thread
// work, long tasks, layout shift and JS heap. One call, one measurement; run.mjs decides the order.
import { stat, readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { collectHarness, installHarness } from './harness.mjs';

/**
 * The two device profiles. The many-charts page gets a taller viewport (same width and density):
 * our charts load Chart.js only within one viewport height of the screen, so on a phone-sized
 * viewport most of the twenty would never draw. Every variant gets the same tall viewport.
 */
export const profiles = {
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
 * Measures `url` once. `expected` is the number of graphics that must draw (0 for a static page).
 * Returns the figures, or throws when the page failed: a chart that never drew, a script error or
 * a request that was not answered, since a half-drawn page would give flattering numbers.
 */
export async function measurePage(browser, { url, expected, profile, many, fileFor, timeoutMs }) {
  const context = await browser.createBrowserContext();
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
    await page.evaluateOnNewDocument(installHarness, expected);

    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    const seen = await page.evaluate(collectHarness, timeoutMs);
    if (!seen.complete) {
      problems.push(
        `only ${seen.drawn.length} of ${expected} graphics drew within ${timeoutMs} ms`,
      );
    }
    if (problems.length > 0) throw new Error(`${url}: ${problems.join('; ')}`);

    // Main-thread time up to here (the page was created at about:blank, so it is all this page's).
    const work = await page.metrics();
    await client.send('HeapProfiler.collectGarbage');
    const heap = await page.metrics();

    const js = { files: [], raw: 0, gzip: 0, brotli: 0 };
    for (const scriptUrl of scripts) {
      const { pathname, origin } = new URL(scriptUrl);
      const file = fileFor(pathname);
      if (!file || origin !== new URL(url).origin) {
        throw new Error(`unexpected script ${scriptUrl}`);
      }
      const size = await sizesOf(file);
      const timing = seen.scripts.find((script) => script.path === pathname);
      js.files.push({ path: pathname, ...size, startMs: timing?.start, endMs: timing?.end });
      for (const key of ['raw', 'gzip', 'brotli']) js[key] += size[key];
    }

    const longTasks = seen.longTasks;
    return {
      js,
      // Navigation start to the last graphic drawn (a static page: its first contentful paint).
      drawnMs: expected === 0 ? seen.fcp : Math.max(...seen.drawn),
      firstDrawnMs: expected === 0 ? seen.fcp : Math.min(...seen.drawn),
      fcpMs: seen.fcp,
      scriptMs: work.ScriptDuration * 1000,
      taskMs: work.TaskDuration * 1000,
      longTaskCount: longTasks.length,
      longTaskMs: longTasks.reduce((sum, task) => sum + task.duration, 0),
      // Blocking time: the part of each long task over 50 ms, over the whole load.
      tbtMs: longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
      cls: cumulativeLayoutShift(seen.shifts),
      heapBytes: heap.JSHeapUsedSize,
    };
  } finally {
    await context.close();
  }
}
