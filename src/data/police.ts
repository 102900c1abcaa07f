import * as sources from './sources.js';
import type { Figure } from './types.js';

/**
 * Police officers killed (FACTS.md, "police"). Only the article's own statements: no per-year
 * series is verified, so 2007 and 2009 are never charted separately.
 */
export const police = {
  since2007: {
    id: 'police-since-2007',
    value: 900,
    qualifier: 'about',
    definition:
      'Mexican police officers killed by drug violence from 2007 to the article’s date (mid-2009).',
    sources: [sources.article],
    confidence: 'verified',
  },
  in2008: {
    id: 'police-2008',
    value: 500,
    qualifier: 'nearly',
    definition: 'Of those, officers killed in 2008.',
    sources: [sources.article],
    confidence: 'verified',
  },
  other: {
    id: 'police-other',
    value: 400,
    qualifier: 'about',
    definition:
      'Officers killed in 2007 and in 2009 up to the article’s date: about 900 minus nearly 500.',
    sources: [sources.article],
    confidence: 'derived',
  },
} as const satisfies Record<string, Figure>;
