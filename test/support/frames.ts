/** Test pages in iframes: built dist/ pages and test/pages, loaded as partner pages load them. */

/**
 * What a test page's window holds: test/pages/record-console.js leaves its console log,
 * csp-record-violations.js the policy violations, record-refuge-errors.js the `refuge-error` codes,
 * and insert-widgets.ts the widgets it inserted.
 */
export type PageWindow = Window &
  typeof globalThis & {
    __consoleLog: string[];
    __cspViolations?: string[];
    __refugeErrors?: string[];
    pageWidgets?: Promise<HTMLElement[]>;
  };

/**
 * Adds an iframe of `source` (a URL, or `{ srcdoc }`) inside `parent` (default body) and waits for
 * its load event.
 */
export async function frame(
  source: string | { srcdoc: string },
  { parent = document.body, width = '800px', height = '600px', className = '' } = {},
): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.width = width;
  iframe.style.height = height;
  iframe.style.border = '0';
  if (className) iframe.className = className;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  if (typeof source === 'string') iframe.src = source;
  else iframe.srcdoc = source.srcdoc;
  parent.append(iframe);
  await loaded;
  return iframe;
}

/**
 * Opens a test page (test/pages, test/hostile/pages) in an iframe and waits for its load event and,
 * on a page that uses test/pages/insert-widgets.ts, for its widgets to be in the page.
 */
export async function openPage(
  path: string,
  { width = '800px', height = '600px' } = {},
): Promise<PageWindow> {
  const iframe = await frame(path, { width, height, className: 'test-page' });
  const win = iframe.contentWindow as PageWindow;
  await win.pageWidgets;
  return win;
}

/** Removes the iframes openPage() added (call it in afterEach). */
export function closePages(): void {
  document.querySelectorAll('iframe.test-page').forEach((iframe) => iframe.remove());
}

/** Loads a classic script into `win`'s document and waits until it has run. */
export async function loadScript(win: Window, src: string): Promise<void> {
  const script = win.document.createElement('script');
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error(`${src} did not load`)), {
      once: true,
    });
  });
  script.src = src;
  win.document.head.append(script);
  await loaded;
}

interface AxeResults {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

/** Runs axe-core inside a frame's document and returns its serious and critical violations. */
export async function axeViolations(win: Window): Promise<string[]> {
  await loadScript(win, '/node_modules/axe-core/axe.min.js');
  const axe = (win as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe;
  const results = await axe.run(win.document);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}
