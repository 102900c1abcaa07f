// In-page instrumentation, injected with evaluateOnNewDocument so it runs before any of the
// page's own code. It must stay small and passive: it observes, it never polls.

/**
 * Installs the observers. `expected` is how many graphics the page draws; 0 means a static page,
 * which counts as drawn at its first contentful paint.
 *
 * A graphic counts as drawn at a `bench:drawn` performance mark: peer pages set it themselves
 * (see bench/pages/), and for our widgets this harness sets it when an element first fires
 * `refuge-ready` (later redraws of the same element are ignored).
 */
export function installHarness(expected) {
  const bench = { drawn: [], fcp: undefined, longTasks: [], shifts: [] };
  let finish;
  bench.done = new Promise((resolve) => (finish = resolve));
  window.__bench = bench;

  const seen = new WeakSet();
  document.addEventListener(
    'refuge-ready',
    (event) => {
      if (seen.has(event.target)) return;
      seen.add(event.target);
      performance.mark('bench:drawn');
    },
    true,
  );

  const observe = (type, onEntry) => {
    const observer = new PerformanceObserver((list) => list.getEntries().forEach(onEntry));
    observer.observe({ type, buffered: true });
    return { observer, onEntry };
  };
  bench.observers = [
    observe('mark', (entry) => {
      if (entry.name !== 'bench:drawn') return;
      bench.drawn.push(entry.startTime);
      if (bench.drawn.length >= expected) finish();
    }),
    observe('paint', (entry) => {
      if (entry.name !== 'first-contentful-paint') return;
      bench.fcp = entry.startTime;
      if (expected === 0) finish();
    }),
    observe('longtask', (entry) =>
      bench.longTasks.push({ start: entry.startTime, duration: entry.duration }),
    ),
    observe('layout-shift', (entry) => {
      if (!entry.hadRecentInput) bench.shifts.push({ start: entry.startTime, value: entry.value });
    }),
  ];
}

/**
 * Waits until every graphic is drawn (or `timeoutMs` passes), then two more frames so that a
 * layout shift or long task caused by the drawing itself is observed, and returns what was seen.
 */
export async function collectHarness(timeoutMs) {
  const bench = window.__bench;
  const complete = await Promise.race([
    bench.done.then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), timeoutMs)),
  ]);
  for (let frame = 0; frame < 2; frame += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  // Observers deliver entries in a later task; takeRecords() hands over the ones still queued.
  bench.observers.forEach(({ observer, onEntry }) => observer.takeRecords().forEach(onEntry));
  const { drawn, fcp, longTasks, shifts } = bench;
  // When each script was requested and arrived: shows waterfalls such as a lazily imported chunk.
  const scripts = performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
    .map((entry) => ({
      path: new URL(entry.name).pathname,
      start: entry.startTime,
      end: entry.responseEnd,
    }));
  return { complete, drawn, fcp, longTasks, shifts, scripts };
}
