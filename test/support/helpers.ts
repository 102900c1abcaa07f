import { oneEvent } from '@open-wc/testing';

/** The widget's rendered text, whitespace folded, as a reader (or screen reader) gets it. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Collects `console.warn` calls until `restore()` is called. */
export function captureWarnings() {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => {
    calls.push(args);
  };
  return {
    calls,
    restore: () => {
      console.warn = original;
    },
  };
}

/**
 * Records uncaught errors and unhandled rejections on the page, which is what a host page would
 * see if a widget threw into it.
 */
export function captureUncaught() {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    restore: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Adds `markup` to the document (inside a container), and waits for the first `refuge-ready` or `refuge-error`. */
export async function mount<T extends HTMLElement>(
  markup: string,
  { container = document.body }: { container?: HTMLElement } = {},
): Promise<T> {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = markup;
  const element = wrapper.firstElementChild as T;
  const settled = Promise.race([
    oneEvent(element, 'refuge-ready'),
    oneEvent(element, 'refuge-error'),
  ]);
  container.append(element);
  await settled;
  return element;
}

/** Elements added with mount() are removed after each test by this. */
export function cleanUp(...selectors: string[]): void {
  for (const element of document.querySelectorAll(selectors.join(','))) element.remove();
}

/** Waits for the next animation frame (style and layout have been updated). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * For a `describe` block: captures warnings and uncaught errors during each test (see above) and
 * restores the console after it. Read `capture.warnings.calls` and `capture.uncaught.errors`.
 */
export function captureEachTest() {
  const capture = {} as {
    warnings: ReturnType<typeof captureWarnings>;
    uncaught: ReturnType<typeof captureUncaught>;
  };
  beforeEach(() => {
    capture.warnings = captureWarnings();
    capture.uncaught = captureUncaught();
  });
  afterEach(() => {
    capture.warnings.restore();
    capture.uncaught.restore();
  });
  return capture;
}
