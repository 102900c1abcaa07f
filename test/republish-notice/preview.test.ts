import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitFor } from '../support/wait.js';
import {
  ARTICLE_URL,
  addArticle,
  checkEachNoticeTest,
  copiedHtml,
  mountNotice,
  parse,
  focusedInShadow,
  part,
} from './support.js';

// Every assertion here compares strings, numbers or arrays of them: a failed assertion about a DOM
// node cannot be sent back by the test runner (https://github.com/modernweb-dev/web/issues/2967).

const PIXEL = 'https://pixel.example.org/count.gif';
/** An image the test server serves, under an address no other test requests. */
const photoSrc = (test: string) =>
  `${location.origin}/dist/images/police-deaths-chart.en.light.png?preview=${test}`;

const requested = (pattern: RegExp) =>
  performance
    .getEntriesByType('resource')
    .map(({ name }) => name)
    .filter((name) => pattern.test(name));

const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

describe('<republish-notice>: the preview of the copy', () => {
  checkEachNoticeTest();

  it('shows the copy rendered, closed until asked, in a region named by its summary', async () => {
    addArticle(
      '<h2>A subheading</h2><p>First <a href="/x">link</a> and <strong>bold</strong>.</p><p>a &lt; b</p>',
    );
    const el = await mountNotice(`article-url="${ARTICLE_URL}" article-title="The headline"`);
    const copy = parse(await copiedHtml(el));
    const preview = part(el, 'preview')!;
    expect(preview.localName).to.equal('details');
    expect((preview as HTMLDetailsElement).open, 'closed at first').to.equal(false);
    const summary = preview.querySelector('summary')!;
    expect(text(summary)).to.equal('Preview: the story as pasted');
    const region = preview.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-labelledby')).to.equal(summary.id);

    // The same copy: the same blocks, as markup, as the textarea's (minus the canonical link).
    const story = region.querySelector(':scope > div')!;
    copy.querySelector('link[rel="canonical"]')!.remove();
    expect(story.innerHTML).to.equal(copy.body.innerHTML.replaceAll('\n', ''));
    expect(text(story.querySelector('h1'))).to.equal('The headline');
    expect(story.querySelector('a')!.getAttribute('href')).to.equal('https://news.example.org/x');
    expect(text(story.querySelectorAll('p')[2]), 'text stays text').to.equal('a < b');
    expect(story.querySelectorAll('p')[2]!.children.length).to.equal(0);

    (preview as HTMLDetailsElement).open = true;
    await waitFor(() => story.getClientRects().length > 0, 'the preview shown');
    await expect(el).to.be.accessible();
  });

  it('opened, keeps Tab inside the dialog through its links and region, and back to the top', async () => {
    addArticle('<p>One <a href="/a">link</a>.</p><p>Two <a href="/b">links</a>.</p>');
    const el = await mountNotice(`article-url="${ARTICLE_URL}"`);
    await copiedHtml(el);
    const preview = part(el, 'preview') as HTMLDetailsElement;
    preview.open = true;
    const dialog = part(el, 'dialog')!;
    const seen = new Set<string>();
    for (let press = 0; press < 16; press += 1) {
      await sendKeys({ press: 'Tab' });
      const focused = focusedInShadow(el);
      expect(Boolean(focused && dialog.contains(focused)), `after Tab ${press}`).to.equal(true);
      seen.add(focused!.textContent!.trim().slice(0, 20) || focused!.localName);
    }
    expect([...seen], 'the preview’s links were reached').to.include.members(['link', 'links']);
  });

  it('says it in Spanish', async () => {
    addArticle('<p>Cuerpo.</p>');
    const el = await mountNotice('lang="es"');
    await copiedHtml(el);
    expect(text(part(el, 'preview')!.querySelector('summary'))).to.equal(
      'Vista previa: la historia tal como se pega',
    );
  });

  it('shows our widgets as a site without scripts shows them: their fallback and chart image, never upgraded', async () => {
    addArticle(`
      <p>Before.</p>
      <asylum-stat metric="port-requests"><p>Almost 200 asked.</p></asylum-stat>
      <violence-timeline><ol><li>An event.</li></ol></violence-timeline>
      <drug-killings-chart><p><img src="${photoSrc('widgets')}" alt="A chart"></p><p>Killings by year.</p></drug-killings-chart>`);
    const el = await mountNotice(
      `article-url="${ARTICLE_URL}" library-src="https://cdn.example.org/refuge-widgets.js"`,
    );
    const copy = parse(await copiedHtml(el));
    expect(
      copy.querySelectorAll('asylum-stat, violence-timeline, drug-killings-chart').length,
    ).to.equal(3);
    const preview = part(el, 'preview')!;
    const tags = [...preview.querySelectorAll('*')].map(({ localName }) => localName);
    expect(
      tags.filter((tag) => tag.includes('-')),
      'no custom element',
    ).to.deep.equal([]);
    expect(text(preview)).to.contain('Almost 200 asked.');
    expect(text(preview)).to.contain('An event.');
    expect(text(preview)).to.contain('Killings by year.');
    expect(preview.querySelectorAll('script, link').length).to.equal(0);
    expect(
      [...preview.querySelectorAll('img')].map((img) => img.getAttribute('alt')),
    ).to.deep.equal(['A chart']);
  });

  it('never requests the tracking pixel, and fetches images only once opened', async () => {
    // Hidden and lazy on the page, so that only the preview could fetch it.
    addArticle(
      `<p>Text.</p><p hidden><img loading="lazy" src="${photoSrc('pixel')}" alt="A photo" width="624"></p>`,
    );
    const el = await mountNotice(`article-url="${ARTICLE_URL}" pixel-src="${PIXEL}"`);
    const html = await copiedHtml(el);
    expect(html, 'the copy has the pixel').to.contain(`${PIXEL}?url=`);
    const preview = part(el, 'preview') as HTMLDetailsElement;
    const images = () => [...preview.querySelectorAll('img')].map((img) => img.src);
    expect(images(), 'the copy’s photo, not the pixel').to.deep.equal([photoSrc('pixel')]);
    expect(preview.querySelector('img')!.getAttribute('loading')).to.equal('lazy');

    const imagesOfShadow = [...el.shadowRoot!.querySelectorAll('img')].map((img) => img.src);
    expect(imagesOfShadow.filter((src) => src.startsWith(PIXEL))).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requested(/\?preview=pixel$/), 'nothing fetched while closed').to.deep.equal([]);

    preview.open = true;
    const photo = preview.querySelector('img')!;
    photo.scrollIntoView();
    await waitFor(() => photo.complete && photo.naturalWidth > 0, 'the photo, once opened');
    expect(requested(/\?preview=pixel$/)).to.have.length(1);
    expect(requested(/pixel\.example\.org/), 'the pixel, never').to.deep.equal([]);
  });
});
