// In-page instrumentation, injected with evaluateOnNewDocument so it runs before any of the
// page's own code. It must stay small and passive: it observes, it never polls.

/**
 * Installs the observers. `expected` is how many graphics the page draws; 0 means a static page,
 * which counts as drawn at its first contentful paint.
 *
 * A graphic counts as drawn (interactive) at a `bench:drawn` performance mark, which this harness
 * sets when an element first fires `refuge-ready` (our widgets) or `bench-drawn` (the peer pages,
 * bench/pages/common.js); later redraws of the same element are ignored. Each such element is
 * kept with the time, for the bars-visible probe (bench/probe.mjs).
 */
export function installHarness(expected) {
  const bench = { drawn: [], drawnElements: [], fcp: undefined, longTasks: [], shifts: [] };
  // The server holds the page's scripts until this reports the first contentful paint (issue #12):
  // a CDP binding, so the signal does not travel through the emulated network.
  const painted = () => window.__benchPainted?.(String(bench.fcp));
  let finish;
  bench.done = new Promise((resolve) => (finish = resolve));
  window.__bench = bench;

  const seen = new WeakSet();
  const onDrawn = (event) => {
    if (seen.has(event.target)) return;
    seen.add(event.target);
    const mark = performance.mark('bench:drawn');
    bench.drawnElements.push({ element: event.target, at: mark.startTime });
  };
  document.addEventListener('refuge-ready', onDrawn, true);
  document.addEventListener('bench-drawn', onDrawn, true);

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
      painted();
      if (expected === 0) finish();
    }),
    observe('longtask', (entry) =>
      bench.longTasks.push({ start: entry.startTime, duration: entry.duration }),
    ),
    // Every shift is kept, with its hadRecentInput flag: the bench makes no input, but Chromium's
    // phone emulation (isMobile) flags shifts in the first half second or so as if there had been
    // one (lastInputTime near 120 ms on a page with no input), which hid a widget's shift on the
    // phone when the flag was honoured.
    observe('layout-shift', (entry) =>
      bench.shifts.push({
        start: entry.startTime,
        value: entry.value,
        hadRecentInput: entry.hadRecentInput,
      }),
    ),
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
  // The bars-visible probe (probe.mjs) has stopped by now if every chart showed bars; if not, it
  // stops here, so that nothing keeps the page busy while it is being read.
  const bars = window.__benchBars;
  bars.stopped = true;
  // Every request, when it was made and when its last byte arrived: the waterfall (the document,
  // then the entry script, its chunks, a lazily imported chunk, a fallback image).
  const [navigation] = performance.getEntriesByType('navigation');
  const requests = [navigation, ...performance.getEntriesByType('resource')].map((entry) => ({
    path: new URL(entry.name).pathname,
    type: entry.initiatorType,
    protocol: entry.nextHopProtocol,
    start: entry.startTime,
    end: entry.responseEnd,
    transferred: entry.transferSize,
  }));
  const scripts = requests.filter((entry) => entry.path.endsWith('.js'));
  // Scripts the page carries inline would run without going through the server's hold.
  const inlineScripts = document.querySelectorAll('script:not([src])').length;
  return {
    complete,
    drawn,
    fcp,
    firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime,
    bars: { first: bars.first, last: bars.last, frames: bars.frames, ms: bars.ms },
    longTasks,
    shifts,
    scripts,
    requests,
    inlineScripts,
  };
}
