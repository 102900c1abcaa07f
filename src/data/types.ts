import type { definitions } from './definitions.js';

/**
 * How sure we are of a figure (see shared/data/FACTS.md):
 * - `verified`: the wording was seen in the source named;
 * - `derived`: arithmetic on verified figures, stated by no source, and always labelled "calculated";
 * - `reported`: a news outlet quoting an official source.
 */
export type Confidence = 'verified' | 'derived' | 'reported';

/** The word that must travel with a figure. Dropping it misreports the story. */
export type Qualifier = 'exact' | 'more-than' | 'almost' | 'about' | 'nearly' | 'at-most';

/** A publication a figure or event is attributed to. */
export interface Source {
  /** Headline or page title as published; left out where we have not seen it rather than guessed. */
  title?: string;
  /** Who published it. */
  publisher: string;
  /** Author(s), when the byline is known. */
  author?: string;
  url: string;
  /** Publication date as precise as it is known: `2009`, `2009-03`, `2009-03-04`. */
  published: string;
}

/** One number a widget may show. What exactly it counts is in `definitions`, by its `id`. */
export interface Figure {
  id: string;
  value: number;
  qualifier: Qualifier;
  sources: readonly Source[];
  confidence: Confidence;
}

/** A date known only to the precision its source gives: a year, a month, or a day. */
export type PartialDate = `${number}` | `${number}-${number}` | `${number}-${number}-${number}`;

/** A calendar day, `2026-12-06`. */
export type IsoDay = `${number}-${number}-${number}`;

/**
 * A correction to one or more figures: when it was made, the figures it concerns (by the `id`s of
 * `definitions`) and what was corrected, in our words, in each language.
 */
export interface Correction {
  date: IsoDay;
  figures: readonly FigureId[];
  text: Readonly<Record<'en' | 'es', string>>;
}

/** The id of a figure a widget shows (the keys of `definitions`). */
export type FigureId = keyof typeof definitions;
