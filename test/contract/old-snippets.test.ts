import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { accessibleText, figuresIn } from '../support/accessible-text.js';
import { articleWithout, snippetScript, upgrade } from '../support/article.js';
import {
  choose,
  chooseGraphic,
  control,
  openBuilder,
  snippetAfterCopy,
} from '../support/builder.js';
import { frame } from '../support/frames.js';
import { widgetTags } from '../support/manifest.js';
import { waitFor } from '../support/wait.js';

// Issue 23: every snippet a release's builder handed out keeps working with every later release of
// its major version. test/contract/snippets/<version>/ holds what the builder of <version> produced
// (script and iframe, every widget, English and Spanish, loading the current channel) and what each
// showed then (expected.json). Each is pasted into an article loading this build through the
// current channel (test/contract/snippet-server.mjs): no error, the same figures and the same
// text for assistive technology, no layout shift as it upgrades.
// Words made plainer since (a copy edit: README "Releases") are recorded in
// test/contract/copy-edits.json, by the release after which they changed: the text expected is
// the recorded text with each edit made, and the figures are the same ones. A page published
// before a copy edit holds the old words in its prerender, so it moves once as it upgrades: by
// exactly the difference between its prerender and this build's own prerender of the widget,
// and by nothing else.
// `npm run record:snippets` (RECORD_SNIPPETS=<this version>) records this version's, in Chromium.

/** Where recorded snippets say the library is: a CDN of our own, as README "Releases" lays out. */
const publishedAt = 'https://cdn.refuge-widgets.example/';
const kinds = ['script', 'iframe'] as const;
const languages = ['en', 'es'] as const;
type Kind = (typeof kinds)[number];

/** What a pasted snippet showed a reader once upgraded. */
interface Shown {
  text: string;
  figures: string[];
}

/** A sentence (or part of one) a widget says in other words since a release. */
interface CopyEdit {
  widget: string;
  lang: string;
  before: string;
  after: string;
}

const { version: recording, current } = (await (await fetch('/__record-snippets')).json()) as {
  version: string | null;
  current: string;
};
/** The releases whose snippets are kept, each with the file names recorded. */
const recorded = (await (await fetch('/test/contract/snippets/index.json')).json()) as Record<
  string,
  string[]
>;

/** The copy edits made after each release (test/contract/copy-edits.json). */
const copyEdits = (await (await fetch('/test/contract/copy-edits.json')).json()) as Record<
  string,
  CopyEdit[]
>;
/** This build's prerender of each widget (the builder's, default options), by tag. */
const prerendered = (await (await fetch('/dist/prerendered.json')).json()) as Record<
  string,
  { attributes: Record<string, string>; html: string }[]
>;

const snippetName = (tag: string, lang: string, kind: Kind) => `${tag}.${lang}.${kind}.html`;

/** Orders release versions (`0.9.0` before `0.10.0`). */
const byVersion = new Intl.Collator('en', { numeric: true }).compare;

/** The edits made to `tag`'s words in `lang` after the release `version` was recorded. */
const editsSince = (version: string, tag: string, lang: string): CopyEdit[] =>
  Object.keys(copyEdits)
    .filter((release) => byVersion(release, version) >= 0)
    .sort(byVersion)
    .flatMap((release) => copyEdits[release]!)
    .filter((edit) => edit.widget === tag && edit.lang === lang);

/** `text` with each of `edits` made; fails naming an edit whose words `text` does not hold. */
function edited(text: string, edits: readonly CopyEdit[], where: string): string {
  return edits.reduce((result, edit) => {
    expect(result, `${where}: the words a copy edit replaced`).to.include(edit.before);
    return result.replaceAll(edit.before, edit.after);
  }, text);
}

/** The snippet as a partner page has it, its CDN address pointed at this test server. */
const served = (snippet: string) => snippet.replaceAll(publishedAt, `${location.origin}/cdn/`);

/**
 * Pastes the script snippet into an article `width` px wide, runs its script, and returns what
 * the widget shows once upgraded, after checking that nothing moved.
 */
async function pasteScript(
  snippet: string,
  tag: string,
  width: number,
  where: string,
  wordsEdited = false,
): Promise<Shown> {
  const script = snippetScript(snippet);
  const win = await articleWithout(script, snippet, width);
  const widget = win.document.querySelector(tag)!;
  const after = win.document.getElementById('after')!;
  const before = after.getBoundingClientRect().top;
  const move = wordsEdited ? nextParagraphWithThisPrerender(widget, after) - before : 0;
  const shifts = await upgrade(win, script, widget, where);
  expect(
    after.getBoundingClientRect().top - before,
    `${where}: the next paragraph moved`,
  ).to.be.closeTo(move, 0.5);
  if (Math.abs(move) <= 0.5) expect(shifts, `${where}: layout shifts`).to.deep.equal([]);
  if (wordsEdited)
    console.log(
      `old snippets: ${where}: its words edited, the next paragraph moved ${move.toFixed(1)} px`,
    );
  return shown(widget, where);
}

/**
 * Where `after`, the paragraph after `widget`, would be with this build's prerender of the widget
 * (the builder's, in the widget's language) in place of the one the snippet holds: where an upgrade
 * that moves the page by its words alone leaves it. Measured before the script runs, the snippet's
 * own prerender then put back.
 */
function nextParagraphWithThisPrerender(widget: Element, after: Element): number {
  const lang = widget.getAttribute('lang');
  const current = prerendered[widget.localName]!.find((entry) => entry.attributes.lang === lang)!;
  const own = widget.innerHTML;
  widget.innerHTML = current.html;
  const top = after.getBoundingClientRect().top;
  widget.innerHTML = own;
  return top;
}

/** Pastes the iframe snippet into a page and returns what the embedded widget shows. */
async function pasteIframe(snippet: string, tag: string, where: string): Promise<Shown> {
  const page = await frame(
    {
      srcdoc: `<!doctype html><html><head><meta charset="utf-8"></head><body>${snippet}</body></html>`,
    },
    { width: '800px', height: '1200px', className: 'article' },
  );
  page.scrollIntoView();
  const widget = await waitFor(
    () =>
      page.contentDocument
        ?.querySelector('iframe')
        ?.contentDocument?.querySelector(`main > ${tag}`),
    `${where}: the embedded widget`,
    15_000,
  );
  // The embed page renders its widget itself: done when its text holds still.
  let last = '';
  await waitFor(
    () => {
      const now = widget.shadowRoot?.querySelector('[part~="base"]') ? accessibleText(widget) : '';
      const settled = now !== '' && now === last;
      last = now;
      return settled;
    },
    `${where}: rendered`,
    15_000,
  );
  return shown(widget, where);
}

function shown(widget: Element, where: string): Shown {
  expect(
    Boolean(widget.shadowRoot?.querySelector('[part~="error"]')),
    `${where}: an error`,
  ).to.equal(false);
  const text = accessibleText(widget);
  return { text, figures: figuresIn(text) };
}

afterEach(() => document.querySelectorAll('iframe').forEach((node) => node.remove()));

if (recording) {
  describe(`recording the snippets of ${recording}`, function () {
    this.timeout(300_000);
    it(`writes test/contract/snippets/${recording}/`, async () => {
      expect(recording, 'recording a version other than this build’s').to.equal(current);
      const { builder, copied } = await openBuilder();
      const address = control<HTMLInputElement>(builder, '#base-url');
      address.value = `${publishedAt}refuge-widgets/${recording}/`;
      address.dispatchEvent(new Event('change', { bubbles: true }));
      const expected: Record<string, Shown> = {};
      for (const tag of widgetTags) {
        await chooseGraphic(builder, tag);
        for (const lang of languages) {
          await choose(builder, '#attribute-lang', lang);
          for (const kind of kinds) {
            const snippet = await snippetAfterCopy(builder, kind, tag, copied, lang);
            const name = snippetName(tag, lang, kind);
            await executeServerCommand('record-old-snippet', {
              version: recording,
              name,
              text: `${snippet}\n`,
            });
            expected[name] =
              kind === 'script'
                ? await pasteScript(served(snippet), tag, 800, name)
                : await pasteIframe(served(snippet), tag, name);
          }
        }
      }
      await executeServerCommand('record-old-snippet', {
        version: recording,
        name: 'expected.json',
        text: `${JSON.stringify(expected, null, 2)}\n`,
      });
    });
  });
} else {
  for (const [version, names] of Object.entries(recorded)) {
    describe(`the snippets the ${version} builder handed out, with this build`, function () {
      this.timeout(120_000);
      const folder = `/test/contract/snippets/${version}/`;

      it('cover every widget in both languages, both kinds', () => {
        for (const tag of widgetTags.filter((tag) =>
          names.some((name) => name.startsWith(`${tag}.`)),
        )) {
          for (const lang of languages) {
            for (const kind of kinds)
              expect(names, version).to.include(snippetName(tag, lang, kind));
          }
        }
      });

      for (const kind of kinds) {
        it(`render as they did (${kind} snippets)`, async () => {
          const expected = (await (await fetch(`${folder}expected.json`)).json()) as Record<
            string,
            Shown
          >;
          for (const name of names.filter((name) => name.endsWith(`.${kind}.html`))) {
            const snippet = served(await (await fetch(`${folder}${name}`)).text());
            const [tag, lang] = name.split('.') as [string, string];
            const edits = editsSince(version, tag, lang);
            const text = edited(expected[name]!.text, edits, name);
            const wordsEdited = edits.length > 0;
            const shownNow =
              kind === 'script'
                ? await pasteScript(snippet, tag, 800, `${name} at 800 px`, wordsEdited)
                : await pasteIframe(snippet, tag, name);
            expect(shownNow.text, `${name}: its text`).to.equal(text);
            // A copy edit may put a figure elsewhere in a sentence, never change one.
            expect(figuresIn(text), `${name}: its figures, in order`).to.deep.equal(
              shownNow.figures,
            );
            expect(
              [...shownNow.figures].sort(),
              `${name}: the figures it showed, none changed`,
            ).to.deep.equal([...expected[name]!.figures].sort());
            if (kind === 'script')
              await pasteScript(snippet, tag, 390, `${name} at 390 px`, wordsEdited);
          }
        });
      }
    });
  }
}
