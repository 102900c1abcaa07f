import { version } from './version.js';

/** A widget class that says which library version defined it. */
export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

const warnedTags = new Set<string>();

/** Every tag `define()` was asked for that is now defined on the page, with its class. */
const widgets = new Map<string, VersionedElement>();

/**
 * Our widgets on this page, by tag: those this copy of the library registered, and those it found
 * already registered by another copy. Read-only; `define()` is the one place that adds to it.
 */
export function definedWidgets(): ReadonlyMap<string, CustomElementConstructor> {
  return widgets;
}

/**
 * Registers `tag` unless something already has, and never throws.
 *
 * Partners paste our script into pages we do not control: the same file twice, two URLs of it,
 * the all-in-one file beside a per-widget file, or a different release. `@customElement` would
 * throw `NotSupportedError` in all of those cases and break the host page, so the first definition
 * wins and a different version is reported once (the Shoelace approach).
 */
export function define(tag: string, element: VersionedElement): void {
  try {
    const registry = globalThis.customElements;
    if (!registry) return;
    const existing = registry.get(tag) as VersionedElement | undefined;
    if (existing) {
      if (existing !== element && existing.version !== version && !warnedTags.has(tag)) {
        warnedTags.add(tag);
        console.warn(
          `refuge-widgets: <${tag}> is already defined by version ${existing.version ?? 'unknown'}; ` +
            `version ${version} was not registered.`,
        );
      }
      widgets.set(tag, existing);
      return;
    }
    registry.define(tag, element);
    widgets.set(tag, element);
  } catch (error) {
    console.warn(`refuge-widgets: <${tag}> could not be registered.`, error);
  }
}
