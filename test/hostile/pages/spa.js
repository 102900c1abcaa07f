// A single-page app's view code, as an external module: it builds widgets with the DOM API, moves
// them between containers, takes them out and puts them back, and swaps the article body with
// innerHTML, as client-side routers do. The test calls each step through `window.spa`.

const tags = [
  'asylum-stat',
  'violence-timeline',
  'police-deaths-chart',
  'drug-killings-chart',
  'republish-notice',
];

const left = document.getElementById('left');
const right = document.getElementById('right');
const story = document.getElementById('story');

/** The widgets this app inserted itself (not those in the article). */
let inserted = [];

function widget(tag) {
  const element = document.createElement(tag);
  const fallback = document.createElement('p');
  fallback.className = 'fallback';
  fallback.textContent = `Fallback text of <${tag}>, inserted by the app.`;
  element.append(fallback);
  return element;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

window.spa = {
  /** Builds one of each widget and appends them to the left column. */
  insert() {
    inserted = tags.map(widget);
    left.append(...inserted);
    return inserted;
  },
  /** Moves the app's widgets to the right column (each is disconnected and connected again). */
  move() {
    right.append(...inserted);
    return inserted;
  },
  /** Takes the app's widgets out of the page, waits two frames, and puts them back on the left. */
  async removeAndReinsert() {
    for (const element of inserted) element.remove();
    await nextFrame();
    await nextFrame();
    left.append(...inserted);
    return inserted;
  },
  /**
   * A route change: the article body is replaced with innerHTML holding new widgets; the old ones
   * are dropped.
   */
  replaceArticle() {
    story.innerHTML = `
      <h2>The next story</h2>
      <p>Its first paragraph.</p>
      ${tags
        .map(
          (tag) =>
            `<${tag}><p class="fallback">Fallback text of the new &lt;${tag}&gt;.</p></${tag}>`,
        )
        .join('\n')}
      <p>Its last paragraph.</p>`;
    return [...story.querySelectorAll(tags.join(','))];
  },
};
