// Turns the measurements into the summary (median, min–max, ratio to the group's baseline), the
// targets of issue #6, the markdown tables printed on stdout and the JSON written to results/.
import { manyCount, groups, showsBars, variants } from './variants.mjs';
import { ratio, stats } from './stats.mjs';

/** What each table column reads from one measurement. */
const bytesMetrics = [
  { key: 'jsRaw', label: 'JS raw (KB)', get: (m) => m.js.raw / 1000, digits: 2 },
  { key: 'jsGzip', label: 'JS gzip (KB)', get: (m) => m.js.gzip / 1000, digits: 2 },
  { key: 'jsBrotli', label: 'JS brotli (KB)', get: (m) => m.js.brotli / 1000, digits: 2 },
];
const singleMetrics = [
  { key: 'barsVisibleMs', label: 'Bars visible (ms)', get: (m) => m.barsVisibleMs },
  { key: 'interactiveMs', label: 'Interactive (ms)', get: (m) => m.interactiveMs },
  { key: 'fcpMs', label: 'First contentful paint (ms)', get: (m) => m.fcpMs },
  { key: 'taskMs', label: 'Main-thread tasks (ms)', get: (m) => m.taskMs },
  { key: 'scriptMs', label: 'ScriptDuration (ms)', get: (m) => m.scriptMs },
  { key: 'tbtMs', label: 'Blocking time (ms)', get: (m) => m.tbtMs },
  { key: 'longTaskCount', label: 'Long tasks', get: (m) => m.longTaskCount },
  { key: 'cls', label: 'CLS', get: (m) => m.cls, digits: 3 },
  {
    key: 'clsWithoutFlagged',
    label: 'CLS without input-flagged shifts',
    get: (m) => m.clsWithoutFlagged,
    digits: 3,
  },
  { key: 'heapMB', label: 'JS heap after GC (MB)', get: (m) => m.heapBytes / 1e6, digits: 2 },
  { key: 'firstScriptMs', label: 'First script arrived (ms)', get: (m) => m.firstScriptMs },
  { key: 'heldMs', label: 'Scripts held (ms)', get: (m) => m.heldMs },
];
const manyMetrics = [
  {
    key: 'barsVisibleMs',
    label: `All ${manyCount} bars visible (ms)`,
    get: (m) => m.barsVisibleMs,
  },
  { key: 'firstBarsVisibleMs', label: 'First bars visible (ms)', get: (m) => m.firstBarsVisibleMs },
  {
    key: 'interactiveMs',
    label: `All ${manyCount} interactive (ms)`,
    get: (m) => m.interactiveMs,
  },
  { key: 'firstInteractiveMs', label: 'First interactive (ms)', get: (m) => m.firstInteractiveMs },
  { key: 'taskMs', label: 'Main-thread tasks (ms)', get: (m) => m.taskMs },
  { key: 'tbtMs', label: 'Blocking time (ms)', get: (m) => m.tbtMs },
  { key: 'cls', label: 'CLS', get: (m) => m.cls, digits: 3 },
  { key: 'heapMB', label: 'JS heap after GC (MB)', get: (m) => m.heapBytes / 1e6, digits: 2 },
];
/**
 * Figures kept in the summary of both pages but in no table column, and given no ratio: the gap
 * between bars visible and the first contentful paint of the same measurement (its own section of
 * the report), the probe's own frame and the first paint it is held to, and what the probe cost.
 */
const extraMetrics = [
  { key: 'barsAfterFcpMs', get: (m) => m.barsVisibleMs - m.fcpMs },
  { key: 'barsFrameMs', get: (m) => m.barsFrameMs },
  { key: 'firstPaintMs', get: (m) => m.firstPaintMs },
  { key: 'probeFrames', get: (m) => m.probeFrames },
  { key: 'probeMs', get: (m) => m.probeMs },
];
const frameMs = 16.7;

/**
 * samples[profile][variant][page] is the list of measurements of the counted rounds.
 * Returns summary[profile][variant][page][metric] = { median, min, max, n, values, ratio }.
 */
export function summarize(samples, allVariants = variants) {
  const summary = {};
  for (const [profile, byVariant] of Object.entries(samples)) {
    summary[profile] = {};
    for (const variant of allVariants) {
      summary[profile][variant.id] = {};
      for (const [page, metrics] of [
        ['single', [...bytesMetrics, ...singleMetrics, ...extraMetrics]],
        ['many', [...manyMetrics, ...extraMetrics]],
      ]) {
        const runs = byVariant[variant.id]?.[page];
        if (!runs) continue;
        summary[profile][variant.id][page] = Object.fromEntries(
          metrics.map((metric) => {
            const values = runs.map(metric.get);
            return [metric.key, { ...stats(values), values: values.map(round) }];
          }),
        );
        if (page === 'single') {
          summary[profile][variant.id].scripts = scriptTimeline(runs);
          summary[profile][variant.id].waterfall = medianWaterfall(runs);
        }
      }
    }
    for (const variant of allVariants) {
      const baseline = summary[profile][groups[variant.group].baseline];
      for (const page of ['single', 'many']) {
        const figures = summary[profile][variant.id][page] ?? {};
        for (const [key, figure] of Object.entries(figures)) {
          if (extraMetrics.some((metric) => metric.key === key)) continue;
          figure.ratio = ratio(figure, baseline?.[page]?.[key]);
        }
      }
    }
  }
  return summary;
}

/**
 * Every script the page loaded, with its sizes and the median time it was requested and arrived:
 * this is where a waterfall (entry, then chunks, then a lazily imported chunk) shows.
 */
function scriptTimeline(runs) {
  const byPath = new Map();
  for (const run of runs) {
    for (const file of run.js.files) {
      if (!byPath.has(file.path)) byPath.set(file.path, { ...file, starts: [], ends: [] });
      byPath.get(file.path).starts.push(file.startMs);
      byPath.get(file.path).ends.push(file.endMs);
    }
  }
  return [...byPath.values()]
    .map(({ path, raw, gzip, brotli, starts, ends }) => ({
      path,
      raw,
      gzip,
      brotli,
      requestedMs: round(stats(starts)?.median),
      arrivedMs: round(stats(ends)?.median),
    }))
    .sort((a, b) => a.requestedMs - b.requestedMs);
}

/**
 * Every request of the measurement whose interactive time is the median (the lower one for an
 * even count), as it happened: one real waterfall rather than medians that never occurred together.
 */
function medianWaterfall(runs) {
  const sorted = [...runs].sort((a, b) => a.interactiveMs - b.interactiveMs);
  const run = sorted[(sorted.length - 1) >> 1];
  if (!run?.requests) return undefined;
  return {
    interactiveMs: round(run.interactiveMs),
    barsVisibleMs: round(run.barsVisibleMs),
    fcpMs: round(run.fcpMs),
    requests: run.requests.map((request) => ({
      ...request,
      startMs: round(request.startMs),
      endMs: round(request.endMs),
    })),
  };
}

function round(value) {
  return Number.isFinite(value) ? Math.round(value * 1000) / 1000 : value;
}

function number(value, digits) {
  if (!Number.isFinite(value)) return '—';
  const places = digits ?? (Math.abs(value) < 10 && !Number.isInteger(value) ? 1 : 0);
  return value.toLocaleString('en-US', {
    minimumFractionDigits: places,
    maximumFractionDigits: places,
  });
}

/** A gap with its sign, so that a chart shown before the paint's timestamp reads as such. */
function signed(value, digits) {
  const text = number(value, digits);
  return Number.isFinite(value) && value >= 0 ? `+${text}` : text;
}

/** Our chart variants: the bare pages and the builder's snippets of chart widgets. */
function oursWithBars(variant) {
  return showsBars(variant) && Boolean(variant.ours || variant.snippet);
}

function cell(figure, digits) {
  // No figure at all: every measurement failed; figures that do not apply (a page without
  // scripts has no first script) are a dash.
  if (!figure?.n) return figure?.values?.length ? '—' : 'failed';
  const spread =
    number(figure.min, digits) === number(figure.max, digits)
      ? ''
      : ` (${number(figure.min, digits)}–${number(figure.max, digits)})`;
  const times = figure.ratio === undefined ? '' : ` ×${figure.ratio.toFixed(2)}`;
  return `${number(figure.median, digits)}${spread}${times}`;
}

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function labelOf(variant) {
  const baseline = groups[variant.group].baseline === variant.id ? ' — baseline' : '';
  return `${variant.label.replace(/</g, '&lt;').replace(/>/g, '&gt;')}${baseline}`;
}

/**
 * The targets of issues #6 and #12, reported and never enforced. Each row says by how much it is
 * missed. Time targets are checked in every profile (issue #12: in both network profiles).
 */
export function evaluateTargets(summary, allVariants = variants) {
  const rows = [];
  const profiles = Object.keys(summary);
  const first = summary[profiles[0]];
  const add = (target, where, measured, goal, met, gap) =>
    rows.push({ target, where, measured, goal, met, gap: met ? '' : gap });
  const figure = (profile, id, page, key) => summary[profile][id]?.[page]?.[key];
  // Profiles that measured the comparison pages (on slow 4G the desktop measures snippets only).
  const compared = profiles.filter((profile) => summary[profile]['hand-written']?.single);

  for (const id of ['ours-file', 'ours-all']) {
    const gzip = first[id].single.jsGzip;
    add(
      '#6: JS gzip ≤ 1.15× hand-written Chart.js',
      id,
      `${number(gzip.median, 2)} KB = ×${gzip.ratio.toFixed(2)}`,
      '×1.15',
      gzip.ratio <= 1.15,
      `+${number(gzip.median - 1.15 * first['hand-written'].single.jsGzip.median, 2)} KB over`,
    );
  }
  for (const profile of profiles) {
    for (const [id, page, limit] of [
      ['ours-file', 'single', 1.1],
      ['ours-all', 'single', 1.15],
      ['ours-file', 'many', 1.15],
      ['ours-all', 'many', 1.15],
    ]) {
      const interactive = figure(profile, id, page, 'interactiveMs');
      const floor = figure(profile, 'hand-written', page, 'interactiveMs');
      if (!interactive?.n || !floor?.n) continue;
      add(
        `#12: interactive median ≤ ${limit.toFixed(2)}× hand-written`,
        `${id}, ${page === 'many' ? `${manyCount} charts` : '1 chart'}, ${profile}`,
        `${number(interactive.median)} ms = ×${interactive.ratio.toFixed(2)}`,
        `×${limit.toFixed(2)} (${number(limit * floor.median)} ms)`,
        interactive.ratio <= limit,
        `+${number(interactive.median - limit * floor.median)} ms over`,
      );
    }
  }
  // Issue 21, item 6: the reader sees the bars by the frame after the page first paints. Our one
  // chart, bare page and builder's snippet; the gap is taken within each measurement.
  for (const profile of profiles) {
    for (const variant of allVariants.filter(oursWithBars)) {
      const gap = figure(profile, variant.id, 'single', 'barsAfterFcpMs');
      if (!gap?.n) continue;
      add(
        `#21: bars visible ≤ first contentful paint + ${frameMs} ms, median`,
        `${variant.id}, ${profile}`,
        `${signed(gap.median)} ms (${signed(gap.median / frameMs, 1)} frames)`,
        `≤ +${frameMs} ms`,
        gap.median <= frameMs,
        `+${number(gap.median - frameMs)} ms over`,
      );
    }
  }
  const ours = allVariants.filter((variant) => variant.ours || variant.snippet);
  for (const profile of profiles) {
    for (const variant of ours) {
      for (const page of ['single', 'many']) {
        const cls = figure(profile, variant.id, page, 'cls');
        if (!cls?.n) continue;
        add(
          '#12: CLS 0.000, median and max',
          `${variant.id}${page === 'many' ? `, ${manyCount} charts` : ''}, ${profile}`,
          `median ${number(cls.median, 3)}, max ${number(cls.max, 3)}`,
          '0.000',
          number(cls.max, 3) === '0.000',
          `median ${number(cls.median, 3)}, max ${number(cls.max, 3)}`,
        );
      }
    }
  }
  for (const peer of ['chartjs-auto', 'vega-embed', 'plot']) {
    const mine = first['ours-file'].single.jsGzip.median;
    const theirs = first[peer].single.jsGzip.median;
    add(
      `#6: fewer JS gzip bytes than ${peer}`,
      'ours-file',
      `${number(mine, 2)} vs ${number(theirs, 2)} KB`,
      '<',
      mine < theirs,
      `+${number(mine - theirs, 2)} KB`,
    );
    for (const profile of profiles) {
      for (const page of ['single', 'many']) {
        const mine = figure(profile, 'ours-file', page, 'interactiveMs')?.median;
        const other = figure(profile, peer, page, 'interactiveMs')?.median;
        if (mine === undefined || other === undefined) continue;
        add(
          `${peer === 'chartjs-auto' ? '#12' : '#6'}: interactive sooner than ${peer}`,
          `ours-file, ${page === 'many' ? `${manyCount} charts` : '1 chart'}, ${profile}`,
          `${number(mine)} vs ${number(other)} ms`,
          '<',
          mine < other,
          `+${number(mine - other)} ms`,
        );
      }
    }
  }
  for (const profile of compared) {
    const stat = summary[profile]['ours-stat'].single;
    const paint = summary[profile]['static-card'].single.fcpMs.median;
    const allowance = 16.7 + stat.scriptMs.median;
    const gap = stat.interactiveMs.median - paint;
    add(
      '#12: <asylum-stat> interactive ≤ static first paint + script time + 16.7 ms',
      `ours-stat, ${profile}`,
      `${number(stat.interactiveMs.median)} ms, ${number(gap)} ms after the static card's ${number(paint)} ms`,
      `≤ ${number(paint + allowance)} ms (script ${number(stat.scriptMs.median)} ms)`,
      gap <= allowance,
      `+${number(gap - allowance)} ms over`,
    );
  }
  return rows;
}

/** What each figure is, printed under the tables so that nobody has to read the code. */
export const definitions = [
  'Each measurement: a fresh browser context and page, cache disabled, nothing but 127.0.0.1 reachable; variants run interleaved, the starting variant rotating each round; the warm-up round is discarded.',
  "Profiles: devices (phone, desktop) crossed with networks. `loopback`: HTTP/1.1 on 127.0.0.1, files as on disk, no emulation. `slow-4g` (the phone, every page; the desktop, the snippet pages only): HTTP/2 over TLS (a self-signed certificate made for the run) with brotli, through Chromium's `Network.emulateNetworkConditions` at 150 ms latency, 200,000 B/s down and 93,750 B/s up; the emulation adds its latency to each request, not to the connection and TLS handshakes.",
  "Scripts held until first paint: in every profile and for every variant, the server answers no `.js` request of a page until the page has reported its first contentful paint (a PerformanceObserver in the page, through a CDP binding, so the signal does not cross the emulated network). A measurement fails, and is not counted, if any script was not held, was released by the time limit rather than by the paint, was inline, or arrived before the paint. First script arrived: when the first script's last byte arrived (it cannot run sooner); Scripts held: the longest a script waited at the server.",
  "The builder's snippet: for every widget of dist/custom-elements.json, the script snippet dist/builder.html offers with its defaults (driven in Chromium: widget chosen, the snippet box read once Copy is enabled), fallback included as the builder writes it, pasted between paragraphs of an article (two short paragraphs above, four below); the builder is opened from each profile's server, so the snippet loads that server's /dist/. Interactive: the element's first `refuge-ready`; bars visible as for every page.",
  "Bars visible: from navigation start to the frame in which the reader first sees the bars of the page's charts (with many charts: the frame in which the last of them first shows bars; first bars visible: the first), measured alike for every variant by a probe in the page (bench/probe.mjs): from the page's first frame on, once per animation frame, it looks at each chart's box (`.chart-box`, in the page and in the open shadow roots of our chart widgets) and stops once every chart has shown bars. A chart shows bars in a frame when a canvas library has drawn it before that frame (its `refuge-ready`, or the peer page's draw event at the moment of interactive below), so the frame after the draw is the first; or when an `<svg>` in its box, or slotted into it, holds a bar mark (`rect.bar`, our static plot; Observable Plot's rects in its `bar` group) and the svg and that bar have a non-zero box and are not hidden by display, visibility, opacity or content-visibility (light DOM that a widget's shadow root does not slot has no box, and stops counting). A frame's time is when its animation-frame callbacks run, just before its layout and paint. Chromium runs a page's first frames before it presents anything, so bars already there in a frame before the page's first paint count at the first paint (`first-paint`; in the results file, barsFrameMs is the probe's own frame): bars in the first painted frame read 0 after first contentful paint, or less if something was painted before the first text. The probe reads no pixels; its frames and time are in the results file (probeFrames, probeMs): that time is mostly the style and layout the frame does anyway, forced a little early by the probe's size reads once an svg with bars is in a box. Pages without a bar chart (the stat card, widgets that draw none): —.",
  "Interactive (earlier reports: drawn): from navigation start to — ours: the first `refuge-ready` of the element (fired from Chart.js's afterRender for the chart; after the first render for the stat); hand-written and chart.js/auto: Chart.js's afterRender (animation off, so it draws inside `new Chart()`); vega-embed: the `embed()` promise resolving (view run and rendered to its canvas); Plot: the first requestAnimationFrame callback after the `<svg>` is appended (before that frame's layout and paint); static card: its first contentful paint. The peer pages signal it with an event on the chart's box, which the harness marks as it marks `refuge-ready`. With many charts: the last one.",
  `Bars visible after first contentful paint: bars visible minus the first contentful paint of the same measurement, median (min–max) in ms and in frames of ${frameMs} ms; the target (issue 21) is no later than one frame after it. The first contentful paint is the page's, usually the article's heading and text above the chart.`,
  'Main-thread tasks: `page.metrics()` TaskDuration, all main-thread work from page creation until interactive plus two frames, slowed by the CPU throttling.',
  "ScriptDuration: `page.metrics()` ScriptDuration. It leaves out code run from promise callbacks, such as our lazily imported Chart.js chunk and the chart drawn after it, or vega-embed's asynchronous dataflow: compare main-thread tasks instead.",
  'Blocking time: for each long task (PerformanceObserver `longtask`, navigation start until interactive plus two frames) the part over 50 ms, summed; Long tasks: their number.',
  'CLS: every `layout-shift` entry, largest session window (gaps under 1 s, at most 5 s), until interactive plus two frames; the graphic sits between paragraphs of text, peers in a box sized by CSS (16:9, full column width), ours as partners are told to paste it: the widget’s stylesheet and the element holding its prerendered content (dist/prerendered.json). Entries flagged `hadRecentInput` count too: the bench makes no input, yet Chromium’s phone emulation (isMobile) flags the shifts of roughly the first half second as if there had been some; CLS without input-flagged shifts is the figure as web vitals define it, for comparison.',
  'JS heap: `JSHeapUsedSize` after `HeapProfiler.collectGarbage`, once interactive.',
  'JS bytes: every response of resource type script (module scripts and dynamic imports), measured on the file served; HTML and CSS are not counted.',
  `Many charts: the same widths; the viewport is made tall enough (same for every variant) for all ${manyCount} of ours to be within the one-screen margin at which they import Chart.js: without that, charts further down never draw until the reader scrolls.`,
];

/**
 * One line per profile: how long after the page's first contentful paint each chart variant's
 * bars were visible, in ms and in frames (issue 21's target: no later than one frame after it).
 */
function barsAfterPaint(summary, allVariants) {
  const charts = allVariants.filter(showsBars);
  const gapCell = (figure) => {
    if (!figure?.n) return '';
    const spread =
      figure.min === figure.max ? '' : ` (${signed(figure.min)} to ${signed(figure.max)})`;
    return `${signed(figure.median)} ms${spread}, ${signed(figure.median / frameMs, 1)} frames`;
  };
  return [
    '### Bars visible after first contentful paint (issue #21, item 6)',
    '',
    `Per profile and chart variant: bars visible minus first contentful paint, within each measurement, median (min to max) in ms, and the median in frames of ${frameMs} ms. Target: at most +1 frame. Blank: not measured in that profile.`,
    '',
    table(
      ['Profile', ...charts.map(labelOf)],
      Object.keys(summary).map((profile) => [
        profile,
        ...charts.map((variant) => gapCell(summary[profile][variant.id]?.single?.barsAfterFcpMs)),
      ]),
    ),
  ];
}

/** The markdown printed on stdout. */
export function markdown({ summary, targets, meta, allVariants = variants }) {
  const out = [];
  const profiles = Object.keys(summary);
  // Profiles that measured the comparison pages (on slow 4G the desktop measures snippets only).
  const compared = profiles.filter((profile) => summary[profile]['hand-written']?.single);
  const snippetRows = allVariants.filter((variant) => variant.snippet);
  out.push(
    `## Benchmark: refuge-widgets against the alternatives`,
    '',
    `${meta.date} · ${meta.chromium} · \`${meta.command}\` · ${meta.rounds} rounds after ${meta.warmupRounds} warm-up round · ` +
      `each cell: median (min–max) ×ratio to the group's baseline in the same run (hand-written Chart.js for charts, the static card for the stat)`,
    '',
    `### JS loaded by the page (every script response, 1 KB = 1,000 bytes, gzip -9, brotli q11)`,
    '',
    table(
      ['Variant', 'Files', ...bytesMetrics.map((metric) => metric.label)],
      variants.map((variant) => {
        const figures = summary[profiles[0]][variant.id].single;
        return [
          labelOf(variant),
          String(summary[profiles[0]][variant.id].scripts?.length ?? 0),
          ...bytesMetrics.map((metric) => cell(figures[metric.key], metric.digits)),
        ];
      }),
    ),
  );
  for (const profile of compared) {
    out.push(
      '',
      `### One graphic in an article — ${profile}: ${meta.profiles[profile].label}`,
      '',
      table(
        ['Variant', ...singleMetrics.map((metric) => metric.label)],
        variants.map((variant) => [
          labelOf(variant),
          ...singleMetrics.map((metric) =>
            cell(summary[profile][variant.id].single[metric.key], metric.digits),
          ),
        ]),
      ),
      '',
      `### ${manyCount} charts on one page — ${profile}: ${meta.profiles[profile].label}, viewport ${meta.profiles[profile].viewport.width}×${meta.profiles[profile].manyHeight}`,
      '',
      table(
        ['Variant', ...manyMetrics.map((metric) => metric.label)],
        variants
          .filter((variant) => variant.many)
          .map((variant) => [
            labelOf(variant),
            ...manyMetrics.map((metric) =>
              cell(summary[profile][variant.id].many[metric.key], metric.digits),
            ),
          ]),
      ),
    );
  }
  out.push('', ...barsAfterPaint(summary, allVariants));
  for (const profile of compared.filter((name) => meta.profiles[name].conditions)) {
    out.push(
      '',
      `### Requests of the median measurement — ${profile}`,
      '',
      'Each request from its start to its last byte (ms from navigation start) and the bytes transferred, in the measurement whose interactive time is the median.',
      '',
      table(
        ['Variant', 'First contentful paint', 'Bars visible', 'Interactive', 'Requests'],
        ['ours-file', 'ours-all', 'hand-written']
          .map((id) => [variants.find((variant) => variant.id === id), summary[profile][id]])
          .filter(([, figures]) => figures?.waterfall)
          .map(([variant, { waterfall }]) => [
            labelOf(variant),
            number(waterfall.fcpMs),
            number(waterfall.barsVisibleMs),
            number(waterfall.interactiveMs),
            waterfall.requests
              .map(
                (request) =>
                  `${request.path} ${number(request.startMs)}–${number(request.endMs)} (${number(request.transferred)} B)`,
              )
              .join('<br>'),
          ]),
      ),
    );
  }
  if (snippetRows.length > 0) {
    out.push(
      '',
      "### CLS with the builder's snippet (issue #12, item 4)",
      '',
      'Per profile: CLS median (min–max), then bars visible (— for a widget without a chart) and interactive (first `refuge-ready`), median (min–max) in ms.',
      '',
      table(
        [
          'Widget',
          ...profiles.flatMap((profile) => [
            `CLS, ${profile}`,
            `Bars visible, ${profile}`,
            `Interactive, ${profile}`,
          ]),
        ],
        snippetRows.map((variant) => [
          `&lt;${variant.snippet}&gt;`,
          ...profiles.flatMap((profile) => {
            const figures = summary[profile][variant.id]?.single;
            return [
              cell(figures?.cls, 3),
              cell(figures?.barsVisibleMs),
              cell(figures?.interactiveMs),
            ];
          }),
        ]),
      ),
    );
  }
  out.push(
    '',
    '### Targets (issues #6, #12 and #21; reported, not enforced)',
    '',
    table(
      ['Target', 'Where', 'Measured', 'Goal', 'Result'],
      targets.map((row) => [
        row.target.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
        row.where,
        row.measured,
        row.goal,
        row.met ? 'met' : `**missed**: ${row.gap}`,
      ]),
    ),
    '',
    '### What is measured',
    '',
    ...definitions.map((line) => `- ${line}`),
  );
  if (meta.failures.length > 0) {
    out.push('', `### Failed measurements (${meta.failures.length})`, '');
    out.push(...meta.failures.map((failure) => `- ${failure}`));
  }
  return `${out.join('\n')}\n`;
}
