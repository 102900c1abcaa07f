/**
 * What a host page would see go wrong: console warnings and uncaught errors, captured in the test's
 * own page, or recorded inside a test page by test/pages/record-console.js.
 */
import { expect } from '@open-wc/testing';
import type { PageWindow } from './frames.js';

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

/**
 * A test page saw no console error or warning, no uncaught error or unhandled rejection (recorded
 * by test/pages/record-console.js) and, on a CSP page, no policy violation
 * (test/pages/csp-record-violations.js). `except` leaves out the page's own lines.
 */
export function expectQuietPage(win: PageWindow, { except }: { except?: RegExp } = {}): void {
  const log = win.__consoleLog.filter((line) => !except?.test(line));
  expect(log, 'console errors, warnings and uncaught errors').to.deep.equal([]);
  if (win.__cspViolations) {
    expect(win.__cspViolations, 'Content Security Policy violations').to.deep.equal([]);
  }
}
