/**
 * Memoizes a dynamic `import()` that a page may need many times (Chart.js for every chart, the
 * republish dialog, DOMPurify): the module is requested once, and every caller shares the promise.
 * A failed import (a network error, a deploy that removed the chunk) is not remembered, so the
 * next call tries again instead of failing forever.
 *
 * Write the `import()` itself in the caller, with a literal path, so bundlers can split it off.
 */
export function lazyImport<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
