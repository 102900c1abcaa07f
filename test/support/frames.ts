/** Helpers for tests that load built dist/ pages in iframes, as partner pages embed them. */

/** Polls `check` every 50 ms until it returns a truthy value, or fails after `ms`. */
export async function waitFor<T>(
  check: () => T | undefined | null | false,
  what: string,
  ms = 8000,
): Promise<T> {
  const deadline = performance.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Adds an iframe of `src` (inside `parent`, default body) and waits for its load event. */
export async function frame(
  src: string,
  { parent = document.body, width = '800px', height = '600px' } = {},
): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.width = width;
  iframe.style.height = height;
  iframe.style.border = '0';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = src;
  parent.append(iframe);
  await loaded;
  return iframe;
}

/** Runs axe-core inside a frame's document and returns its serious and critical violations. */
export async function axeViolations(win: Window): Promise<string[]> {
  const script = win.document.createElement('script');
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  script.src = '/node_modules/axe-core/axe.min.js';
  win.document.head.append(script);
  await loaded;
  const axe = (win as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe;
  const results = await axe.run(win.document);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

interface AxeResults {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

/** The tags the built library defines, from dist/custom-elements.json. */
export async function widgetTags(): Promise<string[]> {
  const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as {
    modules: { declarations?: { tagName?: string }[] }[];
  };
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []));
}
