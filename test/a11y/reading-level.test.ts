import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { defaultCredit } from '../../src/data/republish.js';
import { composedChildren } from '../support/accessible-text.js';
import { widgetTags } from '../support/manifest.js';
import { auditPage, casesFor, closeAuditPages, describeCase, showCase } from './measure.js';

// Chartability's "reading level inappropriate" (critical): every sentence a widget shows or gives
// to assistive technology, and every sentence of its no-JavaScript fallback, scored on its own (and
// a widget's sentences together, as one passage, the way the formulas were made to be used) in
// Node (test/support/reading-level.mjs): English by Flesch-Kincaid grade (≤ 9), Spanish by
// Fernández Huerta's reading ease (≥ 60). A sentence is a run of text that ends in . ! ? — titles,
// labels, table cells and the source line (names and titles of sources, which are not ours to
// reword) are not sentences and are left out.

interface Score {
  sentence: string;
  words: number;
  syllables: number;
  score: number;
}

/**
 * Sentences above the limit on their own and not yet rewritten: none. The list only shrinks: a
 * sentence rewritten (or now within the limit) must leave it, and any other sentence above the
 * limit fails.
 */
const notYetRewritten = new Set<string>([]);
/** Widgets whose sentences, read together as one passage, are still above the limit. */
const passagesNotYetMet = new Set<string>([]);
const pendingSeen = new Set<string>();
after(() => {
  const gone = [...notYetRewritten].filter((sentence) => !pendingSeen.has(sentence));
  console.log(`reading-level: pending rewrites seen ${pendingSeen.size}, not seen ${gone.length}`);
});

const passes = (lang: string, score: number) => (lang === 'es' ? score >= 60 : score <= 9);
const limit = (lang: string) => (lang === 'es' ? 'Fernández Huerta ≥ 60' : 'Flesch-Kincaid ≤ 9');
const figures: Record<string, string> = {};
after(() => console.log(`reading-level: ${JSON.stringify(figures)}`));
afterEach(closeAuditPages);

/** The text of `root` grouped by the block it is laid out in, in reading order. */
function blocksOf(root: Node, skip: (element: Element) => boolean): string[] {
  const blocks = new Map<Element, string>();
  const win = (root.ownerDocument ?? (root as Document)).defaultView!;
  const blockOf = (element: Element): Element => {
    for (let node: Element | null = element; node; node = node.parentElement) {
      const display = win.getComputedStyle(node).display;
      if (display !== 'inline' && display !== 'contents') return node;
    }
    return element;
  };
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (!parent) return;
      const block = blockOf(parent);
      blocks.set(block, `${blocks.get(block) ?? ''}${node.textContent ?? ''}`);
      return;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (['style', 'script', 'template', 'textarea'].includes(element.localName)) return;
      if (element.getAttribute('aria-hidden') === 'true' || skip(element)) return;
      const label = element.getAttribute('aria-label');
      if (label) blocks.set(element, label);
      if (element.getAttribute('role') === 'img') return;
      composedChildren(element).forEach(visit);
      return;
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return [...blocks.values()].map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The sentences of `blocks`: segments that end in . ! ? (before closing quotes or brackets). */
function sentencesOf(blocks: readonly string[], lang: string): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const sentences = blocks.flatMap((block) =>
    [...segmenter.segment(block)]
      .map((segment) => segment.segment.trim())
      // An abbreviation's point ("EE. UU.", "U.S.") ends no sentence: join what follows it.
      .reduce<string[]>((joined, segment) => {
        const previous = joined.at(-1);
        if (previous !== undefined && /\b[A-Z]{1,3}\.$/.test(previous))
          joined[joined.length - 1] = `${previous} ${segment}`;
        else joined.push(segment);
        return joined;
      }, []),
  );
  return [...new Set(sentences.filter((sentence) => /[.!?…][”»")\]]*$/.test(sentence)))];
}

/**
 * The story's publisher, named in full in the republish notice's credit line (the `publisher`
 * attribute's default): a name, not ours to reword, scored as its short name, Reveal, as a figure
 * counts as one short word. Without it, the credit line's score is the name's: "This story was
 * first published by The Center for Investigative Reporting (Reveal)." is grade 10.7.
 */
const asScored = (sentence: string) => sentence.replaceAll(defaultCredit.publisher, 'Reveal');

async function score(lang: string, sentences: readonly string[]): Promise<Score[]> {
  const scores = (await executeServerCommand('reading-level', {
    lang,
    sentences: sentences.map(asScored),
  })) as Score[];
  return scores.map((entry, index) => ({ ...entry, sentence: sentences[index]! }));
}

/** The sentences scored together, as one passage (the way the formulas were made to be used). */
async function scorePassage(lang: string, sentences: readonly string[]): Promise<Score> {
  return (await executeServerCommand('reading-level', {
    lang,
    sentences: sentences.map(asScored),
    passage: true,
  })) as Score;
}

function expectReadable(lang: string, scores: readonly Score[], key: string): void {
  const values = scores.map((entry) => entry.score);
  const worst = lang === 'es' ? Math.min(...values) : Math.max(...values);
  figures[key] = `${scores.length} sentences, worst ${worst}`;
  const hard = scores.filter((entry) => !passes(lang, entry.score));
  for (const entry of hard)
    if (notYetRewritten.has(entry.sentence)) pendingSeen.add(entry.sentence);
  const unexpected = hard
    .filter((entry) => !notYetRewritten.has(entry.sentence))
    .map((entry) => `${entry.score}: ${entry.sentence}`);
  expect(unexpected.join('\n'), `sentences above ${limit(lang)}`).to.equal('');
  const fixed = scores
    .filter((entry) => passes(lang, entry.score) && notYetRewritten.has(entry.sentence))
    .map((entry) => entry.sentence);
  expect(fixed.join('\n'), 'now within the limit: remove from notYetRewritten').to.equal('');
}

describe('Chartability: reading level of every sentence', function () {
  this.timeout(60000);

  for (const lang of ['en', 'es'] as const) {
    for (const auditCase of casesFor(widgetTags, lang)) {
      it(`${describeCase(auditCase)}: every sentence shown or spoken meets ${limit(lang)}`, async () => {
        const win = await auditPage(640);
        const widget = await showCase(win, auditCase);
        // The source line names sources and their titles: not ours to reword.
        const blocks = blocksOf(widget, (element) => element.getAttribute('part') === 'source');
        const sentences = sentencesOf(blocks, lang);
        expect(sentences.length, 'sentences found').to.be.greaterThan(0);
        const passage = await scorePassage(lang, sentences);
        figures[`${describeCase(auditCase)} as a whole`] = String(passage.score);
        expect(
          passes(lang, passage.score),
          `all its sentences together: ${passage.score}`,
        ).to.equal(!passagesNotYetMet.has(describeCase(auditCase)));
        expectReadable(lang, await score(lang, sentences), describeCase(auditCase));
      });
    }

    it(`every widget's no-JavaScript fallback (lang="${lang}") meets ${limit(lang)}`, async () => {
      const fallbacks = (await (await fetch('/dist/fallbacks.json')).json()) as Record<
        string,
        { attributes: Record<string, string>; html: string }[]
      >;
      const blocks = Object.values(fallbacks)
        .flat()
        .filter((entry) => entry.attributes.lang === lang)
        .flatMap((entry) => {
          const doc = new DOMParser().parseFromString(entry.html, 'text/html');
          // The source paragraph starts with "Source:"/"Fuente:" and names the source.
          // Paragraphs, and the text of a list item outside them (an event's date).
          const items = [...doc.querySelectorAll('li')].map((item) =>
            [...item.childNodes]
              .filter((node) => node.nodeName !== 'P')
              .map((node) => node.textContent)
              .join(''),
          );
          return [...doc.querySelectorAll('p, figcaption')]
            .map((node) => node.textContent!)
            .concat(items)
            .map((text) => text.replace(/\s+/g, ' ').trim())
            .filter((text) => !/^(Sources?|Fuentes?):/.test(text));
        });
      const sentences = sentencesOf(blocks, lang);
      expect(sentences.length, 'sentences found').to.be.greaterThan(0);
      expectReadable(lang, await score(lang, sentences), `fallbacks ${lang}`);
    });
  }
});
