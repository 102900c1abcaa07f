import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { render, type TemplateResult } from 'lit';
import { engine } from './support/engine.js';
import { widgets } from './support/manifest.js';
import { frames, nextReady } from './support/wait.js';

// Visual regression: each widget's Permutations story (light/dark × en/es, and both figures of
// <asylum-stat>) at 320 px and desktop width, compared with the baselines committed under
// test/screenshots/Chrome/baseline with a small tolerance (see web-test-runner.config.mjs). A
// failure writes the screenshot and a diff image to test/screenshots/Chrome/failed.
// `npm run test:update-screenshots` refreshes the baselines after an intended change. Every widget
// of the manifest has its stories/<tag>.stories.ts (test/package/check-widgets.mjs checks it).

type StoryModule = { Permutations?: { render?: (...args: never[]) => unknown } };

/** The widget's Permutations story, from stories/<tag>.stories.ts. */
async function permutations(tag: string): Promise<TemplateResult> {
  const stories = (await import(`../stories/${tag}.stories.ts`)) as StoryModule;
  const render = stories.Permutations?.render;
  if (!render) throw new Error(`stories/${tag}.stories.ts has no Permutations story`);
  return render() as TemplateResult;
}

describe('visual regression of the Permutations stories', function () {
  this.timeout(60000);

  before(function () {
    // Baselines are screenshots of Chromium's rendering; the other engines render text and
    // canvases differently, so they are compared in Chromium only (as issue #7 asks).
    if (engine() !== 'chromium') this.skip();
  });

  for (const { tag, isChart } of widgets) {
    for (const width of [320, 1024]) {
      it(`<${tag}> at ${width} px`, async () => {
        // Tall enough that every chart of the grid is near the viewport and draws.
        await setViewport({ width: Math.max(width, 800), height: 6000 });
        const container = document.createElement('div');
        container.style.width = `${width}px`;
        document.body.append(container);
        // Removed even when the comparison fails: a container left behind would move every later
        // screenshot and fail it too.
        try {
          await compare(tag, isChart, width, container);
        } finally {
          container.remove();
        }
      });
    }
  }
});

/** Renders the Permutations story of `tag` into `container` and compares it with its baseline. */
async function compare(tag: string, isChart: boolean, width: number, container: HTMLElement) {
  render(await permutations(tag), container);
  const elements = [
    ...container.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(tag),
  ];
  expect(elements.length).to.be.greaterThan(0);
  const drawn = isChart ? elements.map((element) => nextReady(element, 15000)) : [];
  await Promise.all(elements.map((element) => element.updateComplete));
  await Promise.all(drawn);
  await document.fonts.ready;
  // Painted: what Chart.js drew and the fonts that just loaded are on screen.
  await frames(2);
  await visualDiff(container, `${tag}-permutations-${width}`);
}
