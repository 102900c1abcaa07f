import { nextEvent } from './wait.js';

/**
 * Adds the element of `markup` to `container` (default body) and waits for its first `refuge-ready`
 * or `refuge-error`.
 */
export async function mount<T extends HTMLElement>(
  markup: string,
  { container = document.body }: { container?: HTMLElement } = {},
): Promise<T> {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const element = template.content.firstElementChild as T;
  const settled = nextEvent(element, ['refuge-ready', 'refuge-error'], 10000);
  container.append(element);
  await settled;
  return element;
}

/** Removes what a test added (elements from mount(), for one): call it in afterEach. */
export function cleanUp(...selectors: string[]): void {
  for (const element of document.querySelectorAll(selectors.join(','))) element.remove();
}
