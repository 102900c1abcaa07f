import { pickFallback, type FallbackEntry, type Fallbacks } from '../../core/fallback/fallbacks.js';
import type { WidgetChoice } from './snippets.js';

/** The files of dist/ the builder reads beside its page, to write snippets that need no more. */
export interface BuilderFiles {
  /** dist/integrity.json, for pinned snippets. */
  integrity: Record<string, string> | undefined;
  /** dist/fallbacks.json: what each widget shows readers without JavaScript; the gallery's images. */
  fallbacks: Fallbacks | undefined;
  /** dist/prerendered.json: each widget as it looks once upgraded, for the script snippet. */
  prerendered: Fallbacks | undefined;
}

/** Reads the three files; one that cannot be read is undefined. */
export async function readBuilderFiles(): Promise<BuilderFiles> {
  const [integrity, fallbacks, prerendered] = await Promise.all([
    fetchJson<Record<string, string>>('integrity.json'),
    fetchJson<Fallbacks>('fallbacks.json'),
    fetchJson<Fallbacks>('prerendered.json'),
  ]);
  return { integrity, fallbacks, prerendered };
}

/**
 * The chosen widget's entry in `file` (dist/fallbacks.json or dist/prerendered.json) for the chosen
 * theme and metric, in `lang`.
 */
export function entryFor(
  file: Fallbacks | undefined,
  choice: WidgetChoice,
  lang: string,
): FallbackEntry | undefined {
  const attributes = Object.fromEntries(
    Object.entries(choice.values).map(([name, value]) => [name, value === true ? '' : value]),
  );
  return pickFallback(file?.[choice.widget.tag], { ...attributes, lang });
}

/** A JSON file of dist/, beside the builder page; undefined if it cannot be read. */
async function fetchJson<T>(file: string): Promise<T | undefined> {
  try {
    const response = await fetch(new URL(file, location.href));
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}
