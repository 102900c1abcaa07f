// The bars-visible probe (issue 21, item 6): when does a reader first see every chart's bars,
// whoever draws them? Injected with evaluateOnNewDocument after the harness (harness.mjs), so its
// first animation frame comes before the page's first paint. Like the harness it reads no pixels:
// it looks at the DOM once per frame, and stops once every chart has shown its bars.

/**
 * Checks every chart once per animation frame, from the page's first frame on, and sets
 * `window.__benchBars`: `first` and `last`, the frames (ms from navigation start) in which the
 * first and the last of `charts` charts first showed bars; `frames` and `ms`, what it cost.
 * `hosts` is a selector for our chart widgets, whose open shadow roots are searched too. The loop
 * stops when every chart has shown bars, when the harness collects (it sets `stopped`), or
 * `limitMs` after navigation start, whichever comes first.
 *
 * A chart shows bars in a frame when
 * - a library has drawn it on a canvas: its `refuge-ready` or `bench-drawn` (harness.mjs) came
 *   before the frame, so the frame after the draw is the first to show it; or
 * - an `<svg>` in its box, or slotted into it, holds a bar mark (our static plot's `rect.bar`,
 *   Observable Plot's rects in its `bar` group), and the svg and that bar have a non-zero box and
 *   are not hidden by display, visibility, opacity or content-visibility. Light DOM that a
 *   widget's shadow root does not slot has no box, so it stops counting then, as a reader stops
 *   seeing it.
 *
 * A frame's time is when its animation frame callbacks run, just before its style, layout and
 * paint (measure.mjs counts a frame before the page's first paint at the first paint). The probe's size reads force that layout a little early rather than adding one, and only
 * once an svg with bars is in a box.
 */
export function installBarsProbe({ charts, hosts, limitMs }) {
  const bars = {
    charts,
    frames: 0,
    ms: 0,
    first: undefined,
    last: undefined,
    stopped: charts === 0,
  };
  window.__benchBars = bars;
  if (bars.stopped) return;
  const barMarks = 'rect.bar, g[aria-label="bar"] > rect';

  // A chart is our widget (the host, whether the box is in its light DOM or its shadow root) or,
  // on the peer pages, the box itself.
  const chartOf = (element) => {
    const root = element.getRootNode();
    if (root instanceof ShadowRoot) return root.host;
    return (hosts && element.closest(hosts)) || element.closest('.chart-box') || element;
  };
  const boxes = () => {
    const found = [...document.querySelectorAll('.chart-box')];
    if (!hosts) return found;
    for (const host of document.querySelectorAll(hosts)) {
      if (host.shadowRoot) found.push(...host.shadowRoot.querySelectorAll('.chart-box'));
    }
    return found;
  };
  const painted = (element) => {
    const { width, height } = element.getBoundingClientRect();
    return (
      width > 0 &&
      height > 0 &&
      element.checkVisibility({
        opacityProperty: true,
        visibilityProperty: true,
        contentVisibilityAuto: true,
      })
    );
  };
  // Our widget slots its prerendered static plot into its shadow root's box until Chart.js has
  // drawn (src/core/chart/chart-element.ts): what a box shows includes what its slots show.
  const svgsIn = (box) => [
    ...box.querySelectorAll('svg'),
    ...[...box.querySelectorAll('slot')]
      .flatMap((slot) => slot.assignedElements({ flatten: true }))
      .flatMap((element) => [element, ...element.querySelectorAll('svg')])
      .filter((element) => element.localName === 'svg'),
  ];
  const svgBars = (box) =>
    svgsIn(box).some((svg) => {
      const bar = svg.querySelector(barMarks);
      return bar !== null && painted(svg) && painted(bar);
    });

  const shown = new Set();
  const frame = () => {
    if (bars.stopped) return;
    const now = performance.now();
    bars.frames += 1;
    for (const { element, at } of window.__bench?.drawnElements ?? []) {
      if (at < now) shown.add(chartOf(element));
    }
    for (const box of boxes()) {
      const chart = chartOf(box);
      if (!shown.has(chart) && svgBars(box)) shown.add(chart);
    }
    if (shown.size > 0) bars.first ??= now;
    if (shown.size >= charts) bars.last = now;
    bars.ms += performance.now() - now;
    bars.stopped = bars.last !== undefined || now > limitMs;
    if (!bars.stopped) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
