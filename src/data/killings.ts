import * as sources from './sources.js';
import type { Figure, Source } from './types.js';

const killings24Horas = {
  publisher: '24 Horas',
  url: 'https://www.24-horas.mx/2012/01/12/crecen-11-muertes-por-crimen-organizado/amp',
  published: '2012-01-12',
} satisfies Source;

const killingsElPais = {
  publisher: 'El País (English edition)',
  url: 'https://english.elpais.com/elpais/2011/01/19/inenglish/1295418044_850210.html',
  published: '2011-01-19',
} satisfies Source;

const governmentSeries = [killings24Horas, killingsElPais] as const;

/** One year of the government's organized-crime killings series. */
export interface KillingsYear extends Figure {
  /** The period counted: a year, or `2006-12` for December 2006 alone. */
  period: string;
}

/** The government series (FACTS.md, "killings"). */
export const killings = {
  december2006: {
    id: 'killings-2006-12',
    period: '2006-12',
    value: 61,
    qualifier: 'exact',
    // 61 makes the years add up to the official 34,612; some reports print 62 (table note only).
    sources: governmentSeries,
    confidence: 'reported',
  },
  years: [
    {
      id: 'killings-2007',
      period: '2007',
      value: 2826,
      qualifier: 'exact',
      sources: governmentSeries,
      confidence: 'reported',
    },
    {
      id: 'killings-2008',
      period: '2008',
      value: 6838,
      qualifier: 'exact',
      sources: governmentSeries,
      confidence: 'reported',
    },
    {
      id: 'killings-2009',
      period: '2009',
      value: 9614,
      qualifier: 'exact',
      sources: governmentSeries,
      confidence: 'reported',
    },
    {
      id: 'killings-2010',
      period: '2010',
      value: 15273,
      qualifier: 'exact',
      sources: governmentSeries,
      confidence: 'reported',
    },
  ],
  /** The official total for December 2006–December 2010. */
  officialTotal: 34612,
  /** Reforma's own, lower count for 2009, for the caveat only. */
  reforma2009: 6587,
  /** The article's figure for December 2006 to mid-2009; never mixed into the series. */
  articleNearly: {
    id: 'article-killed-since-2006',
    value: 11000,
    qualifier: 'nearly',
    sources: [sources.article],
    confidence: 'verified',
  },
} as const satisfies {
  december2006: KillingsYear;
  years: readonly KillingsYear[];
  officialTotal: number;
  reforma2009: number;
  articleNearly: Figure;
};
