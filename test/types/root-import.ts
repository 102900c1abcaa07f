// The package root (`refuge-widgets`, src/index.ts) registers nothing but carries the types: every
// tag in HTMLElementTagNameMap and every event in GlobalEventHandlersEventMap. Checked by
// `tsc -p test/types` (part of `npm run lint`), whose program holds only this file and what it
// imports: `tsc -p test` compiles all of src/, registration modules included, so it cannot tell.
import type {
  AsylumStat,
  DrugKillingsChart,
  PoliceDeathsChart,
  RepublishEventDetail,
  RepublishNotice,
  ViolenceTimeline,
  WidgetErrorDetail,
} from '../../src/index.js';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type IsAny<T> = 0 extends 1 & T ? true : false;

// Never called: only its type is read.
export function queried() {
  return {
    asylumStat: document.querySelector('asylum-stat'),
    violenceTimeline: document.querySelector('violence-timeline'),
    policeDeathsChart: document.querySelector('police-deaths-chart'),
    drugKillingsChart: document.querySelector('drug-killings-chart'),
    republishNotice: document.querySelector('republish-notice'),
  };
}
type Found = ReturnType<typeof queried>;

export type Tags = [
  Expect<Equal<Found['asylumStat'], AsylumStat | null>>,
  Expect<Equal<Found['violenceTimeline'], ViolenceTimeline | null>>,
  Expect<Equal<Found['policeDeathsChart'], PoliceDeathsChart | null>>,
  Expect<Equal<Found['drugKillingsChart'], DrugKillingsChart | null>>,
  Expect<Equal<Found['republishNotice'], RepublishNotice | null>>,
  Expect<Equal<IsAny<Found['republishNotice']>, false>>,
];

export type Events = [
  Expect<Equal<GlobalEventHandlersEventMap['refuge-ready'], CustomEvent<undefined>>>,
  Expect<Equal<GlobalEventHandlersEventMap['refuge-error'], CustomEvent<WidgetErrorDetail>>>,
  Expect<Equal<GlobalEventHandlersEventMap['republish-open'], CustomEvent<RepublishEventDetail>>>,
  Expect<Equal<GlobalEventHandlersEventMap['republish-copy'], CustomEvent<RepublishEventDetail>>>,
];

// A wrong type fails: the helper is not vacuous, and the tags are typed by their own classes.
export type WrongTypes = [
  // @ts-expect-error -- a chart's element is not the stat's class
  Expect<Equal<Found['policeDeathsChart'], AsylumStat | null>>,
  // @ts-expect-error -- nor a plain HTMLElement
  Expect<Equal<Found['drugKillingsChart'], HTMLElement | null>>,
  // @ts-expect-error -- querySelector may find nothing
  Expect<Equal<Found['asylumStat'], AsylumStat>>,
  // @ts-expect-error -- refuge-error has a detail
  Expect<Equal<GlobalEventHandlersEventMap['refuge-error'], CustomEvent<undefined>>>,
];

export function listen(notice: RepublishNotice): void {
  notice.addEventListener('republish-copy', (event) => {
    const url: string = event.detail.url;
    // @ts-expect-error -- the detail has no such field
    void event.detail.code;
    void url;
  });
  document.querySelector('asylum-stat')?.addEventListener('refuge-error', (event) => {
    const code: string = event.detail.code;
    void code;
  });
  // @ts-expect-error -- `metric` takes only the documented values
  document.createElement('asylum-stat').metric = 'deaths';
}
