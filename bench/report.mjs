// Turns the measurements into the summary (median, min–max, ratio to the group's baseline), the
// targets of issue #6, the markdown tables printed on stdout and the JSON written to results/.
import { manyCount, groups, variants } from './variants.mjs';
import { ratio, stats } from './stats.mjs';

/** What each table column reads from one measurement. */
const bytesMetrics = [
  { key: 'jsRaw', label: 'JS raw (KB)', get: (m) => m.js.raw / 1000, digits: 2 },
  { key: 'jsGzip', label: 'JS gzip (KB)', get: (m) => m.js.gzip / 1000, digits: 2 },
  { key: 'jsBrotli', label: 'JS brotli (KB)', get: (m) => m.js.brotli / 1000, digits: 2 },
];
const singleMetrics = [
  { key: 'drawnMs', label: 'Drawn (ms)', get: (m) => m.drawnMs },
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
  { key: 'drawnMs', label: `All ${manyCount} drawn (ms)`, get: (m) => m.drawnMs },
  { key: 'firstDrawnMs', label: 'First drawn (ms)', get: (m) => m.firstDrawnMs },
  { key: 'taskMs', label: 'Main-thread tasks (ms)', get: (m) => m.taskMs },
  { key: 'tbtMs', label: 'Blocking time (ms)', get: (m) => m.tbtMs },
  { key: 'cls', label: 'CLS', get: (m) => m.cls, digits: 3 },
  { key: 'heapMB', label: 'JS heap after GC (MB)', get: (m) => m.heapBytes / 1e6, digits: 2 },
];

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
        ['single', [...bytesMetrics, ...singleMetrics]],
        ['many', manyMetrics],
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
 * Every request of the measurement whose drawn time is the median (the lower one for an even
 * count), as it happened: one real waterfall rather than medians that never occurred together.
 */
function medianWaterfall(runs) {
  const sorted = [...runs].sort((a, b) => a.drawnMs - b.drawnMs);
  const run = sorted[(sorted.length - 1) >> 1];
  if (!run?.requests) return undefined;
  return {
    drawnMs: round(run.drawnMs),
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
      const drawn = figure(profile, id, page, 'drawnMs');
      const floor = figure(profile, 'hand-written', page, 'drawnMs');
      if (!drawn?.n || !floor?.n) continue;
      add(
        `#12: drawn median ≤ ${limit.toFixed(2)}× hand-written`,
        `${id}, ${page === 'many' ? `${manyCount} charts` : '1 chart'}, ${profile}`,
        `${number(drawn.median)} ms = ×${drawn.ratio.toFixed(2)}`,
        `×${limit.toFixed(2)} (${number(limit * floor.median)} ms)`,
        drawn.ratio <= limit,
        `+${number(drawn.median - limit * floor.median)} ms over`,
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
        const drawn = figure(profile, 'ours-file', page, 'drawnMs')?.median;
        const other = figure(profile, peer, page, 'drawnMs')?.median;
        if (drawn === undefined || other === undefined) continue;
        add(
          `${peer === 'chartjs-auto' ? '#12' : '#6'}: drawn sooner than ${peer}`,
          `ours-file, ${page === 'many' ? `${manyCount} charts` : '1 chart'}, ${profile}`,
          `${number(drawn)} vs ${number(other)} ms`,
          '<',
          drawn < other,
          `+${number(drawn - other)} ms`,
        );
      }
    }
  }
  for (const profile of compared) {
    const stat = summary[profile]['ours-stat'].single;
    const paint = summary[profile]['static-card'].single.fcpMs.median;
    const allowance = 16.7 + stat.scriptMs.median;
    const gap = stat.drawnMs.median - paint;
    add(
      '#12: <asylum-stat> drawn ≤ static first paint + script time + 16.7 ms',
      `ours-stat, ${profile}`,
      `${number(stat.drawnMs.median)} ms, ${number(gap)} ms after the static card's ${number(paint)} ms`,
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
  "The builder's snippet: for every widget of dist/custom-elements.json, the script snippet dist/builder.html offers with its defaults (driven in Chromium: widget chosen, the snippet box read once Copy is enabled), fallback included as the builder writes it, pasted between paragraphs of an article (two short paragraphs above, four below); the builder is opened from each profile's server, so the snippet loads that server's /dist/. Drawn: the element's first `refuge-ready`.",
  "Drawn: from navigation start to — ours: the first `refuge-ready` of the element (fired from Chart.js's afterRender for the chart; after the first render for the stat); hand-written and chart.js/auto: Chart.js's afterRender (animation off, so it draws inside `new Chart()`); vega-embed: the `embed()` promise resolving (view run and rendered to its canvas); Plot: the first requestAnimationFrame callback after the `<svg>` is appended (before that frame's layout and paint); static card: its first contentful paint. With many charts: the last one drawn.",
  'Main-thread tasks: `page.metrics()` TaskDuration, all main-thread work from page creation until drawn plus two frames, slowed by the CPU throttling.',
  "ScriptDuration: `page.metrics()` ScriptDuration. It leaves out code run from promise callbacks, such as our lazily imported Chart.js chunk and the chart drawn after it, or vega-embed's asynchronous dataflow: compare main-thread tasks instead.",
  'Blocking time: for each long task (PerformanceObserver `longtask`, navigation start until drawn plus two frames) the part over 50 ms, summed; Long tasks: their number.',
  'CLS: every `layout-shift` entry, largest session window (gaps under 1 s, at most 5 s), until drawn plus two frames; the graphic sits between paragraphs of text, peers in a box sized by CSS (16:9, full column width), ours as partners are told to paste it: the widget’s stylesheet and the element holding its prerendered content (dist/prerendered.json). Entries flagged `hadRecentInput` count too: the bench makes no input, yet Chromium’s phone emulation (isMobile) flags the shifts of roughly the first half second as if there had been some; CLS without input-flagged shifts is the figure as web vitals define it, for comparison.',
  'JS heap: `JSHeapUsedSize` after `HeapProfiler.collectGarbage`, once drawn.',
  'JS bytes: every response of resource type script (module scripts and dynamic imports), measured on the file served; HTML and CSS are not counted.',
  `Many charts: the same widths; the viewport is made tall enough (same for every variant) for all ${manyCount} of ours to be within the one-screen margin at which they import Chart.js: without that, charts further down never draw until the reader scrolls.`,
];

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
  for (const profile of compared.filter((name) => meta.profiles[name].conditions)) {
    out.push(
      '',
      `### Requests of the median measurement — ${profile}`,
      '',
      'Each request from its start to its last byte (ms from navigation start) and the bytes transferred, in the measurement whose drawn time is the median.',
      '',
      table(
        ['Variant', 'First contentful paint', 'Drawn', 'Requests'],
        ['ours-file', 'ours-all', 'hand-written']
          .map((id) => [variants.find((variant) => variant.id === id), summary[profile][id]])
          .filter(([, figures]) => figures?.waterfall)
          .map(([variant, { waterfall }]) => [
            labelOf(variant),
            number(waterfall.fcpMs),
            number(waterfall.drawnMs),
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
      'Per profile: CLS median (min–max), then drawn (first `refuge-ready`) median (min–max) in ms.',
      '',
      table(
        ['Widget', ...profiles.flatMap((profile) => [`CLS, ${profile}`, `Drawn, ${profile}`])],
        snippetRows.map((variant) => [
          `&lt;${variant.snippet}&gt;`,
          ...profiles.flatMap((profile) => {
            const figures = summary[profile][variant.id]?.single;
            return [cell(figures?.cls, 3), cell(figures?.drawnMs)];
          }),
        ]),
      ),
    );
  }
  out.push(
    '',
    '### Targets (issues #6 and #12; reported, not enforced)',
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
