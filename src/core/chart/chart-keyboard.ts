import type { Chart } from 'chart.js';
import type { ChartPoint } from './chart-point.js';
import { placeTooltip } from './chart-tooltip.js';

/** What the walker reads from the widget it serves. */
export interface PointWalkerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  chartPoints(): readonly ChartPoint[];
}

/** Keys that move to a point: from the index of the current one (or -1) to the next index. */
const moves: Record<string, (current: number, last: number) => number> = {
  ArrowRight: (current, last) => Math.min(current + 1, last),
  ArrowDown: (current, last) => Math.min(current + 1, last),
  ArrowLeft: (current) => Math.max(current - 1, 0),
  ArrowUp: (current) => Math.max(current - 1, 0),
  Home: () => 0,
  End: (_current, last) => last,
};

/**
 * Lets a keyboard user explore a chart, in the spirit of Highcharts' keyboard navigation. The
 * chart's list of points (rendered by the frame) is one Tab stop; the arrow keys go from point to
 * point (Home and End to the ends), each showing its tooltip and, through
 * `aria-activedescendant`, having the screen reader say it once; Escape leaves the points, and Tab
 * moves on as usual (no trap). Loaded with Chart.js: there is nothing to walk before it draws.
 */
export class PointWalker {
  #host: PointWalkerHost;
  #show: (point: ChartPoint | undefined) => void;
  /** The index of the point the keyboard is on, or -1. */
  #active = -1;

  constructor(host: PointWalkerHost, show: (point: ChartPoint | undefined) => void) {
    this.#host = host;
    this.#show = show;
  }

  /** A `keydown` or `focusout` in the widget's shadow root. */
  handle(event: Event): void {
    if (!(event.target instanceof Element) || !event.target.matches('.points')) return;
    if (event.type === 'focusout') return this.#goTo(-1);
    if (!(event instanceof KeyboardEvent) || event.altKey || event.ctrlKey || event.metaKey) return;
    const last = this.#host.chartPoints().length - 1;
    const move = moves[event.key];
    if (move && last >= 0) {
      event.preventDefault();
      this.#goTo(move(this.#active, last));
    } else if (event.key === 'Escape' && this.#active >= 0) {
      event.preventDefault();
      this.#goTo(-1);
    }
  }

  /** Points the list's `aria-activedescendant`, then `aria-selected`, at the current point. */
  mark(): void {
    const list = this.#host.renderRoot.querySelector('.points');
    if (!list) return;
    const options = [...list.querySelectorAll('[role="option"]')];
    const active = options[this.#active];
    if (active) list.setAttribute('aria-activedescendant', active.id);
    else list.removeAttribute('aria-activedescendant');
    // The list moves to the new point before the old one is unselected: Orca in Firefox said "not
    // selected" for the old one, still the active point when its state changed (Orca transcripts).
    options.forEach((option, index) =>
      option.setAttribute('aria-selected', String(index === this.#active)),
    );
  }

  #goTo(index: number): void {
    this.#active = index;
    this.mark();
    this.#show(this.#host.chartPoints()[index]);
  }
}

/** Shows the tooltip for `point` and highlights its bar as if it were hovered, or hides both. */
export function showTooltip(
  chart: Chart<'bar'>,
  root: HTMLElement | DocumentFragment,
  point: ChartPoint | undefined,
): void {
  const bar = point ? chart.getDatasetMeta(point.datasetIndex).data[point.index] : undefined;
  if (point && !bar) return;
  if (point || chart.getActiveElements().length > 0) {
    chart.setActiveElements(
      point ? [{ datasetIndex: point.datasetIndex, index: point.index }] : [],
    );
    chart.update('none');
  }
  placeTooltip(chart, root, point);
}
