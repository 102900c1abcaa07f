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
    sources: [sources.article],
    confidence: 'verified',
  },
  in2008: {
    id: 'police-2008',
    value: 500,
    qualifier: 'nearly',
    sources: [sources.article],
    confidence: 'verified',
  },
  other: {
    id: 'police-other',
    value: 400,
    qualifier: 'about',
    sources: [sources.article],
    confidence: 'derived',
  },
} as const satisfies Record<string, Figure>;
