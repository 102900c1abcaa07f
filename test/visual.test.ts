import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { render, type TemplateResult } from 'lit';
import * as asylumStat from '../stories/asylum-stat.stories.js';
import * as drugKillingsChart from '../stories/drug-killings-chart.stories.js';
import * as policeDeathsChart from '../stories/police-deaths-chart.stories.js';
import * as republishNotice from '../stories/republish-notice.stories.js';
import * as violenceTimeline from '../stories/violence-timeline.stories.js';
import { engine } from './support/engine.js';
import { nextReady } from './support/chart-helpers.js';

// Visual regression: each widget's Permutations story (light/dark × en/es, and both figures of
// <asylum-stat>) at 320 px and desktop width, compared with the baselines committed under
// test/screenshots/Chrome/baseline with a small tolerance (see web-test-runner.config.mjs). A
// failure writes the screenshot and a diff image to test/screenshots/Chrome/failed.
// `npm run test:update-screenshots` refreshes the baselines after an intended change.

type StoryModule = { Permutations: { render?: (...args: never[]) => unknown } };
const stories: Record<string, StoryModule> = {
  'asylum-stat': asylumStat,
  'violence-timeline': violenceTimeline,
  'police-deaths-chart': policeDeathsChart,
  'drug-killings-chart': drugKillingsChart,
  'republish-notice': republishNotice,
};

describe('visual regression of the Permutations stories', function () {
  this.timeout(60000);

  before(function () {
    // Baselines are screenshots of Chromium's rendering; the other engines render text and
    // canvases differently, so they are compared in Chromium only (as issue #7 asks).
    if (engine() !== 'chromium') this.skip();
  });

  for (const [tag, story] of Object.entries(stories)) {
    for (const width of [320, 1024]) {
      it(`<${tag}> at ${width} px`, async () => {
        // Tall enough that every chart of the grid is near the viewport and draws.
        await setViewport({ width: Math.max(width, 800), height: 6000 });
        const container = document.createElement('div');
        container.style.width = `${width}px`;
        document.body.append(container);
        render(story.Permutations.render!() as TemplateResult, container);
        const widgets = [
          ...container.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(tag),
        ];
        expect(widgets.length).to.be.greaterThan(0);
        const drawn = tag.endsWith('-chart')
          ? widgets.map((widget) => nextReady(widget, 15000))
          : [];
        await Promise.all(widgets.map((widget) => widget.updateComplete));
        await Promise.all(drawn);
        await document.fonts.ready;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
        await visualDiff(container, `${tag}-permutations-${width}`);
        container.remove();
      });
    }
  }
});
