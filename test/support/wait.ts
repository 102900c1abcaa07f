/**
 * Waiting in tests: for a condition, for the next event, for frames. A fixed delay (pause) is only
 * for proving that something does NOT happen; everything else waits for what it expects.
 */

/**
 * Checks `check` now and every 20 ms until it returns a truthy value, and returns that value; fails
 * after `ms`, saying what it waited for.
 */
export async function waitFor<T>(
  check: () => T | undefined | null | false | '' | 0,
  what: string,
  ms = 8000,
): Promise<T> {
  const deadline = performance.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Resolves on the next event of one of `types` at `target`, or fails after `ms`. Listen before the
 * step that causes the event.
 */
export function nextEvent<E extends Event = CustomEvent>(
  target: EventTarget,
  types: string | readonly string[],
  ms = 5000,
): Promise<E> {
  const names = typeof types === 'string' ? [types] : types;
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      for (const name of names) target.removeEventListener(name, listener);
    };
    const listener = (event: Event) => {
      done();
      resolve(event as E);
    };
    // The timer is cleared on success: a pending one would keep the target (a widget and its
    // chart) alive for `ms`, which the soak test would read as a leak.
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no ${names.join(' or ')} within ${ms} ms`));
    }, ms);
    for (const name of names) target.addEventListener(name, listener);
  });
}

/** Resolves on the widget's next `refuge-ready` (a chart's: Chart.js has drawn); fails after `ms`. */
export const nextReady = (element: Element, ms = 5000): Promise<CustomEvent> =>
  nextEvent(element, 'refuge-ready', ms);

/** Waits for `count` animation frames of `win`: style, layout and paint have caught up. */
export async function frames(count = 1, win: Window = window): Promise<void> {
  for (let frame = 0; frame < count; frame += 1) {
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
  }
}

/**
 * Waits `ms`. Only for proving that something does NOT happen in that time (each call says what);
 * anything that does happen has an event or a condition to wait for.
 */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Two frames of `win` and a pause, before a test says that nothing went wrong: a late error (a
 * rejected import, a redraw) has had the time to show up.
 */
export async function settle(win: Window = window, ms = 200): Promise<void> {
  await frames(2, win);
  await pause(ms);
}
