// A single-page app's view code, as an external module: it builds widgets with the DOM API, moves
// them between containers, takes them out and puts them back, and swaps the article body with
// innerHTML, as client-side routers do. The test calls each step through `window.spa`; the widgets
// are every widget of the built manifest.
import { widgetWithFallback } from '../../pages/insert-widgets.js';
import { widgetTags } from '../../support/manifest.js';
import { frames } from '../../support/wait.js';

const left = document.getElementById('left')!;
const right = document.getElementById('right')!;
const story = document.getElementById('story')!;

/** The widgets this app inserted itself (not those in the article). */
let inserted: HTMLElement[] = [];

const spa = {
  /** Builds one of each widget and appends them to the left column. */
  insert(): HTMLElement[] {
    inserted = widgetTags.map((tag) =>
      widgetWithFallback(tag, `Fallback text of <${tag}>, inserted by the app.`),
    );
    left.append(...inserted);
    return inserted;
  },
  /** Moves the app's widgets to the right column (each is disconnected and connected again). */
  move(): HTMLElement[] {
    right.append(...inserted);
    return inserted;
  },
  /** Takes the app's widgets out of the page, waits two frames, and puts them back on the left. */
  async removeAndReinsert(): Promise<HTMLElement[]> {
    for (const element of inserted) element.remove();
    await frames(2);
    left.append(...inserted);
    return inserted;
  },
  /**
   * A route change: the article body is replaced with innerHTML holding new widgets; the old ones
   * are dropped.
   */
  replaceArticle(): HTMLElement[] {
    story.innerHTML = `
      <h2>The next story</h2>
      <p>Its first paragraph.</p>
      ${widgetTags
        .map(
          (tag) =>
            `<${tag}><p class="fallback">Fallback text of the new &lt;${tag}&gt;.</p></${tag}>`,
        )
        .join('\n')}
      <p>Its last paragraph.</p>`;
    return [...story.querySelectorAll<HTMLElement>(widgetTags.join(','))];
  },
};

export type Spa = typeof spa;
(window as Window & { spa?: Spa }).spa = spa;
