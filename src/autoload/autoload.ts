// The discovery half of dist/refuge-widgets.js, in the manner of Web Awesome's autoloader: a page
// pays only for the widgets it uses. Bundled into that one entry (nothing else imports it), so it
// costs no request of its own; written small, since every page with the one script pays for it.

/**
 * Calls each widget's loader once, when its tag is on the page now or appears later: in the
 * document, in what is added to it, and in the open shadow roots of added elements (a single-page
 * app's components). The observer stops when every widget is loaded. A loader that fails is
 * reported in the console, never thrown into the page.
 */
export function autoload(loaders: Record<string, () => Promise<unknown>>): void {
  const pending = new Map(Object.entries(loaders));
  const selector = [...pending.keys()].join();

  const load = (element: Element) => {
    const tag = element.localName;
    pending
      .get(tag)?.()
      .catch((error: unknown) => {
        console.warn(`refuge-widgets: <${tag}> could not be loaded.`, error);
      });
    if (pending.delete(tag) && !pending.size) observer.disconnect();
  };

  const watch = (root: Document | Element | ShadowRoot) => {
    if (root instanceof Element) load(root);
    root.querySelectorAll(selector).forEach(load);
  };

  const observer = new MutationObserver((records) => {
    for (const { addedNodes } of records) {
      for (const node of addedNodes) {
        if (!(node instanceof Element)) continue;
        watch(node);
        if (node.shadowRoot && pending.size) {
          watch(node.shadowRoot);
          observer.observe(node.shadowRoot, { childList: true, subtree: true });
        }
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  watch(document);
}
