import * as sources from './sources.js';
import type { Confidence, PartialDate, Source } from './types.js';

const troopsGraphic = {
  title: 'Calderon’s Military Call-Up',
  publisher: 'The Washington Post',
  url: 'https://www.washingtonpost.com/wp-dyn/content/graphic/2009/04/01/GR2009040103531.html',
  published: '2009-04-01',
} satisfies Source;

const juarezChiefAp = {
  publisher: 'Associated Press, via NBC News',
  url: 'https://www.nbcnews.com/id/wbna29303886',
  published: '2009-02',
} satisfies Source;

const juarezChiefCnn = {
  publisher: 'CNN',
  url: 'https://www.cnn.com/2009/WORLD/americas/02/20/juarez.police/',
  published: '2009-02-20',
} satisfies Source;

const tijuanaAttacksAp = {
  publisher: 'Associated Press, via NBC News',
  url: 'https://www.nbcnews.com/id/wbna30475867',
  published: '2009-04',
} satisfies Source;

/** When an event happened, to the precision the sources give. */
export type EventDate =
  | { kind: 'date'; iso: PartialDate }
  /** A U.S. federal fiscal year runs October–September: fiscal 2008 is October 2007–September 2008. */
  | { kind: 'fiscal-year'; year: number; start: PartialDate; end: PartialDate };

export type TimelineEventId =
  'offensive' | 'port-requests' | 'police-2008' | 'juarez-chief' | 'troops' | 'tijuana-spree';

export interface TimelineEvent {
  id: TimelineEventId;
  date: EventDate;
  sources: readonly Source[];
  confidence: Confidence;
}

/** The dated events of FACTS.md ("timeline"), in order. The words for each are in the widget's messages. */
export const timeline: readonly TimelineEvent[] = [
  {
    id: 'offensive',
    date: { kind: 'date', iso: '2006-12' },
    sources: [sources.article],
    confidence: 'verified',
  },
  {
    id: 'port-requests',
    date: { kind: 'fiscal-year', year: 2008, start: '2007-10', end: '2008-09' },
    sources: [sources.newClassOfRefugees],
    confidence: 'verified',
  },
  {
    id: 'police-2008',
    date: { kind: 'date', iso: '2008' },
    sources: [sources.article],
    confidence: 'verified',
  },
  {
    id: 'juarez-chief',
    date: { kind: 'date', iso: '2009-02-20' },
    sources: [sources.article, juarezChiefAp, juarezChiefCnn],
    confidence: 'verified',
  },
  {
    id: 'troops',
    date: { kind: 'date', iso: '2009-04' },
    sources: [sources.article, troopsGraphic],
    confidence: 'verified',
  },
  {
    id: 'tijuana-spree',
    date: { kind: 'date', iso: '2009-04-27' },
    sources: [sources.article, tijuanaAttacksAp],
    confidence: 'verified',
  },
];

/** Figures quoted inside timeline events. */
export const timelineFigures = {
  troops: { value: 45000, qualifier: 'about' },
  police2008: { value: 500, qualifier: 'nearly' },
  portRequests: { value: 200, qualifier: 'almost' },
  tijuanaOfficers: { value: 7, qualifier: 'exact' },
} as const;
