import * as sources from './sources.js';
import type { Figure } from './types.js';

/** Asylum figures for `<asylum-stat>` (FACTS.md, "asylum"). */
export const asylum = {
  courtGrants: {
    id: 'court-grants',
    value: 71,
    qualifier: 'exact',
    definition:
      'Asylum grants to Mexicans in U.S. immigration courts in one year. The article does not name the year, so none is shown.',
    sources: [sources.article],
    confidence: 'verified',
  },
  courtCases: {
    id: 'court-cases',
    value: 3000,
    qualifier: 'more-than',
    definition: 'Asylum cases from Mexicans that the immigration courts received in the same year.',
    sources: [sources.article],
    confidence: 'verified',
  },
  courtShare: {
    id: 'court-share',
    // 71 / 3,000 is 2.37%; cases were *more than* 3,000, so the true share is lower still.
    value: 71 / 3000,
    qualifier: 'at-most',
    definition: 'Share of cases granted, calculated from the two figures above.',
    sources: [sources.article],
    confidence: 'derived',
  },
  portRequests: {
    id: 'port-requests',
    value: 200,
    qualifier: 'almost',
    definition:
      'Mexicans who asked for asylum at U.S. ports of entry in fiscal 2008 (October 2007–September 2008), nearly double the year before.',
    sources: [sources.newClassOfRefugees],
    confidence: 'verified',
  },
  portRequestsFirstQuarter: {
    id: 'port-requests-q1',
    value: 70,
    qualifier: 'exact',
    definition:
      'Mexicans who asked for asylum at U.S. ports of entry in October–December 2008, most of them in El Paso and San Diego.',
    sources: [sources.newClassOfRefugees],
    confidence: 'verified',
  },
} as const satisfies Record<string, Figure>;
