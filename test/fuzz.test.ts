import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/refuge-widgets.js';
import { captureUncaught, captureWarnings } from './support/console.js';
import { widgets } from './support/manifest.js';
import { pause } from './support/wait.js';

// For every widget and every documented attribute, random values and random sequences of changes:
// HTML, unicode, 10,000 characters, empty, whitespace, URLs with any scheme. Whatever happens, the
// widget either renders or shows its documented error state, nothing throws into the page and no
// script from an attribute ever runs. The seed is printed (and chosen by the test server, so
// `FUZZ_SEED=… npm run test:browser` replays a failure).

const RUNS_PER_WIDGET = 200;
const canary = '__fuzzCanary';

const hostile = fc.constantFrom(
  `<img src=x onerror="window.${canary}=1">`,
  `"><script>window.${canary}=1</script>`,
  `<svg onload="window.${canary}=1"></svg>`,
  `javascript:window.${canary}=1`,
  `data:text/html,<script>window.${canary}=1</script>`,
  `http://example.com/pixel.gif`,
  `https://example.com/pixel.gif?x="><script>window.${canary}=1</script>`,
  `##`,
  `article, ${'div > '.repeat(50)}p`,
);
const value = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 3, arbitrary: hostile },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\n\t ',
      'en',
      'es',
      'es-MX',
      'dark',
      'light',
      'auto',
      'court-grants',
      'port-requests',
      'cc-by-nd-4.0',
      'cc0-1.0',
    ),
  },
  { weight: 1, arbitrary: fc.constant('x'.repeat(10000)) },
);

type Change = { kind: 'set'; name: string; value: string } | { kind: 'remove'; name: string };
const changes = (attributes: string[]): fc.Arbitrary<Change[]> =>
  fc.array(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          kind: fc.constant('set' as const),
          name: fc.constantFrom(...attributes),
          value,
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('remove' as const),
          name: fc.constantFrom(...attributes),
        }),
      },
    ),
    { minLength: 1, maxLength: 6 },
  );

/** Rendered, or the documented error state: a visible alert in place of the content. */
function renderedOrDocumentedError(element: HTMLElement): boolean {
  const root = element.shadowRoot;
  if (!root) return false;
  const error = root.querySelector('[part="error"]');
  if (error) return error.getAttribute('role') === 'alert' && error.textContent!.trim().length > 0;
  return (root.querySelector('[part="base"]')?.textContent ?? '').trim().length > 0;
}

describe('attribute fuzzing', function () {
  this.timeout(180000);
  let seed: number;

  before(async () => {
    seed = ((await (await fetch('/__fuzz-seed')).json()) as { seed: number }).seed;
    console.log(`fuzz seed: ${seed} (replay with FUZZ_SEED=${seed})`);
  });

  it('covers every widget of the manifest, each with its documented attributes', () => {
    expect(widgets.map((widget) => widget.tag)).to.have.length.of.at.least(5);
    for (const { tag, attributes } of widgets) {
      expect(attributes, `<${tag}>'s attributes`).to.include.members(['lang', 'theme']);
    }
  });

  for (const { tag, attributes } of widgets) {
    it(`<${tag}>: ${RUNS_PER_WIDGET} random attribute sequences render or show the documented error, and never run script`, async () => {
      // Far below the fold: attribute handling is under test here, not drawing.
      const container = document.createElement('div');
      container.style.marginTop = '10000px';
      document.body.append(container);
      const warnings = captureWarnings();
      const uncaught = captureUncaught();
      let cases = 0;
      try {
        await fc.assert(
          fc.asyncProperty(changes(attributes), async (sequence) => {
            cases += 1;
            const element = document.createElement(tag) as HTMLElement & {
              updateComplete: Promise<unknown>;
            };
            container.replaceChildren(element);
            for (const change of sequence) {
              if (change.kind === 'set') element.setAttribute(change.name, change.value);
              else element.removeAttribute(change.name);
              await element.updateComplete;
            }
            // A task later, an error thrown asynchronously (a rejected promise, a timer) has
            // been reported: this proves there was none.
            await pause(0);
            if (uncaught.errors.length > 0)
              throw new Error(`uncaught: ${String(uncaught.errors[0])}`);
            if (!renderedOrDocumentedError(element))
              throw new Error('neither rendered nor in the error state');
            if (canary in window) throw new Error('script from an attribute ran');
          }),
          { seed, numRuns: RUNS_PER_WIDGET },
        );
      } finally {
        warnings.restore();
        uncaught.restore();
        container.remove();
      }
      console.log(`fuzz <${tag}>: ${cases} cases passed`);
      expect(cases).to.equal(RUNS_PER_WIDGET);
    });
  }
});
