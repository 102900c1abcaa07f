import * as sources from './sources.js';
import type { Figure } from './types.js';

/** Asylum figures for `<asylum-stat>` (FACTS.md, "asylum"). */
export const asylum = {
  courtGrants: {
    id: 'court-grants',
    value: 71,
    qualifier: 'exact',
    sources: [sources.article],
    confidence: 'verified',
  },
  courtCases: {
    id: 'court-cases',
    value: 3000,
    qualifier: 'more-than',
    sources: [sources.article],
    confidence: 'verified',
  },
  courtShare: {
    id: 'court-share',
    // 71 / 3,000 is 2.37%; cases were *more than* 3,000, so the true share is lower still.
    value: 71 / 3000,
    qualifier: 'at-most',
    sources: [sources.article],
    confidence: 'derived',
  },
  portRequests: {
    id: 'port-requests',
    value: 200,
    qualifier: 'almost',
    sources: [sources.newClassOfRefugees],
    confidence: 'verified',
  },
  portRequestsFirstQuarter: {
    id: 'port-requests-q1',
    value: 70,
    qualifier: 'exact',
    sources: [sources.newClassOfRefugees],
    confidence: 'verified',
  },
} as const satisfies Record<string, Figure>;
