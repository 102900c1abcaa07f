import type { Story } from './page.js';

/** The detail of `republish-open` and `republish-copy`. */
export interface RepublishEventDetail {
  /** The original story's absolute URL. */
  url: string;
  title: string;
}

/** `republish-open` or `republish-copy` (documented with `@fires` on `RepublishNotice`). */
export function storyEvent(
  type: 'republish-open' | 'republish-copy',
  { url, title }: Story,
): CustomEvent<RepublishEventDetail> {
  return new CustomEvent(type, { bubbles: true, composed: true, detail: { url, title } });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'republish-open': CustomEvent<RepublishEventDetail>;
    'republish-copy': CustomEvent<RepublishEventDetail>;
  }
}
