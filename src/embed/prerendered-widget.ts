// Run by embed.ts before any widget is defined: the prerendered charts of embed.html (written by
// tools/vite/embed-noscript-plugin.ts) must not all upgrade. The one the URL's fragment names is
// kept, to become the widget with its static plot; the others go.

/** The prerendered chart the URL's fragment names, taken out of the page's list of them. */
export const prerenderedWidget: HTMLElement | undefined = (() => {
  const list = document.querySelector('.prerendered');
  // By the fragment itself: CSS `:target` may not match yet while the page is still loading.
  const id = decodeURIComponent(location.hash.slice(1));
  const target = (id && list?.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`)) || undefined;
  list?.remove();
  target?.removeAttribute('id');
  return target;
})();
