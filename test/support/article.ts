import { frame } from './frames.js';
import { frames, nextReady } from './wait.js';

// An article page with an editor's snippet pasted between its paragraphs, its script held back so
// the page can be looked at and measured before the widget upgrades (test/no-shift.test.ts,
// test/static-first.test.ts).

const articleStyle = `
  body { margin: 0; font: 17px/1.6 Georgia, serif; color: #222; }
  main { max-width: 640px; margin: 0 auto; padding: 0 16px; }
  p { margin: 0 0 1.2em; }
  a { color: #05c; text-decoration: underline; }
`;

const paragraphs = (count: number, id = '') =>
  Array.from(
    { length: count },
    (_, index) =>
      `<p${index === count - 1 && id ? ` id="${id}"` : ''}>Paragraph ${index + 1} of the story, long enough to wrap over two lines at a phone's width or more.</p>`,
  ).join('\n');

/** The snippet's `<script type="module" src>` tag. */
export const snippetScript = (snippet: string): string =>
  /<script type="module" src="[^"]+"><\/script>/.exec(snippet)![0];

/**
 * `snippet` pasted into an article `width` px wide, without its `script` tag; `head` is markup
 * for the page's head (what a page sets before any script of ours runs). The last paragraph after
 * the snippet has the id `after`.
 */
export async function articleWithout(
  script: string,
  snippet: string,
  width: number,
  head = '',
): Promise<Window> {
  const iframe = await frame(
    {
      srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>${articleStyle}</style>${head}</head>
        <body><main><h1>A story</h1>${paragraphs(2)}\n${snippet.replace(script, '')}\n${paragraphs(3, 'after')}</main></body></html>`,
    },
    { width: `${width}px`, height: '900px', className: 'article' },
  );
  // In view of the test page too (the builder's frame is above it): a chart out of view waits.
  iframe.scrollIntoView();
  return iframe.contentWindow!;
}

/** Runs the snippet's script now: as an element (markup inserted later would not run). */
export function runScript(win: Window, script: string): void {
  const element = win.document.createElement('script');
  element.type = 'module';
  element.src = /src="([^"]+)"/.exec(script)![1]!;
  win.document.head.append(element);
}

/** Records the page's layout shifts, where the engine reports them (Chromium). */
export function recordShifts(win: Window): number[] {
  const shifts: number[] = [];
  const Observer = (win as unknown as typeof globalThis).PerformanceObserver;
  if (Observer.supportedEntryTypes.includes('layout-shift')) {
    new Observer((list) => {
      for (const entry of list.getEntries() as unknown as { value: number }[])
        shifts.push(entry.value);
    }).observe({ type: 'layout-shift' });
  }
  return shifts;
}

/**
 * Runs the snippet's script in the article now and waits for `widget`'s `refuge-ready` and
 * `settle` frames more; returns the layout shifts recorded meanwhile (Chromium).
 */
export async function upgrade(
  win: Window,
  script: string,
  widget: Element,
  where: string,
  settle = 3,
): Promise<number[]> {
  const shifts = recordShifts(win);
  const ready = nextReady(widget, 15_000);
  runScript(win, script);
  await ready.catch((error: Error) => {
    throw new Error(`${where}: ${error.message}`);
  });
  await frames(settle, win);
  return shifts;
}
