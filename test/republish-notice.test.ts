import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { engine } from './support/engine.js';
import '../src/widgets/republish-notice/republish-notice.js';
// Every widget, registered as a page that holds them registers them: the copy keeps those.
import '../src/refuge-widgets.js';
import { define, definedWidgets } from '../src/core/define.js';
import type { RepublishNotice } from '../src/widgets/republish-notice/republish-notice.js';
import { licenses } from '../src/data/republish.js';
import { captureEachTest, expectQuietPage } from './support/console.js';
import { closePages, openPage } from './support/frames.js';
import { cleanUp, mount } from './support/mount.js';
import { foldedText, shadowText } from './support/shadow.js';
import { pause, settle, waitFor } from './support/wait.js';

// Markup a publisher might have in an article body: what must survive, and what must not. It is
// added with innerHTML, so its <script> never runs here (and its hidden, lazy image is never
// fetched); every handler and URL that could run sets the canary, which must stay unset.
const CANARY = '__republishCanary';
const articleMarkup = `
  <h2>A subheading</h2>
  <p>First paragraph with <a href="/2009/related/?a=1&amp;b=2">a relative link</a>,
     <a href="#section-2">an anchor</a> and <strong>bold</strong> text.</p>
  <p onclick="window.${CANARY}=1" style="color: red" class="lede" id="p2" data-x="1">Second paragraph.</p>
  <figure hidden><img loading="lazy" src="images/photo.jpg" alt="A border crossing" width="640" height="480"
    onmouseover="window.${CANARY}=1"><figcaption>A caption.</figcaption></figure>
  <p><a href="javascript:window.${CANARY}=1">a script link</a></p>
  <script>window.${CANARY} = 1;</script>
  <style>.never-matched-by-anything { color: red; }</style>
  <iframe title="An embed" src="about:blank"></iframe>
  <form action="/subscribe"><label>Email <input name="email"></label><button>Go</button></form>
  <asylum-stat metric="port-requests" lang="es" theme="dark"><p>Casi 200 pidieron asilo.</p></asylum-stat>
  <violence-timeline><p>A timeline of the events.</p></violence-timeline>
  <police-deaths-chart show-table><p>About 900 officers killed.</p></police-deaths-chart>
  <republish-notice><p>A nested notice that must not be copied.</p></republish-notice>
  <div><p>Paragraph inside a wrapper.</p></div>`;

const ARTICLE_URL = 'https://news.example.org/2009/04/refuge/';

function addArticle(markup = articleMarkup, id = 'story'): HTMLElement {
  const article = document.createElement('article');
  article.id = id;
  article.innerHTML = markup;
  document.body.append(article);
  return article;
}

/** Adds `<meta>`/`<link>` tags to the page's head for one test; removed by cleanUp. */
function addHead(markup: string): void {
  const template = document.createElement('template');
  template.innerHTML = markup;
  for (const node of template.content.children) node.setAttribute('data-test-head', '');
  document.head.append(template.content);
}

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const dialogOf = (el: RepublishNotice) => el.shadowRoot!.querySelector('dialog')!;
const focusedInShadow = (el: RepublishNotice) => el.shadowRoot!.activeElement;

/** Clicks the button and waits until the dialog shows the HTML (or the problem instead). */
async function openDialog(el: RepublishNotice): Promise<HTMLDialogElement> {
  part(el, 'button')!.click();
  await waitFor(() => part(el, 'html') ?? part(el, 'dialog-error'), 'the dialog content');
  await el.updateComplete;
  return dialogOf(el);
}

async function copiedHtml(el: RepublishNotice): Promise<string> {
  await openDialog(el);
  const area = part(el, 'html') as HTMLTextAreaElement | null;
  expect(area, 'the HTML text area').to.exist;
  return area!.value;
}

/** The copied HTML parsed in an inert document, for assertions (nothing in it runs or loads). */
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');

function collect(type: string) {
  const events: CustomEvent[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent);
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}

const mountNotice = (attributes = '', children = '') =>
  mount<RepublishNotice>(`<republish-notice ${attributes}>${children}</republish-notice>`);

describe('<republish-notice>', () => {
  const capture = captureEachTest();
  afterEach(() => {
    cleanUp('republish-notice', 'article', '[data-test-head]');
    expect(capture.uncaught.errors, 'nothing thrown into the page').to.deep.equal([]);
    expect((window as unknown as Record<string, unknown>)[CANARY], 'no script ran').to.equal(
      undefined,
    );
  });

  describe('the notice', () => {
    // First in the file, while nothing has opened a dialog yet.
    it('loads neither its dialog code nor DOMPurify until a dialog opens', async () => {
      const el = await mountNotice();
      const loaded = (pattern: RegExp) =>
        performance.getEntriesByType('resource').some(({ name }) => pattern.test(name));
      expect(loaded(/dompurify/i), 'DOMPurify before opening').to.equal(false);
      expect(loaded(/republish-dialog/), 'the dialog module before opening').to.equal(false);
      addArticle();
      await openDialog(el);
      expect(loaded(/dompurify/i), 'DOMPurify after opening').to.equal(true);
      expect(loaded(/republish-dialog/), 'the dialog module after opening').to.equal(true);
    });

    it('says in English that the story may be republished for free under a Creative Commons license, naming none', async () => {
      const el = await mountNotice('lang="en"');
      const notice = foldedText(part(el, 'notice'));
      expect(notice).to.equal(
        'You are welcome to run this story on your own site or in print, free of charge, under a Creative Commons license.',
      );
      expect(part(el, 'button')!.textContent!.trim()).to.equal('Republish this story');
      expect(part(el, 'license'), 'no license line without `license`').to.equal(null);
      expect(shadowText(el)).not.to.match(/Attribution|CC BY|CC0|NoDerivatives/);
    });

    it('says it in Spanish', async () => {
      const el = await mountNotice('lang="es-MX"');
      expect(part(el, 'notice')!.textContent).to.contain(
        'Puede publicar esta historia en su sitio o en papel, sin costo, con una licencia Creative Commons.',
      );
      expect(part(el, 'button')!.textContent!.trim()).to.equal('Republicar esta historia');
    });

    it('takes the publisher’s own statement from `notice`, as text', async () => {
      const el = await mountNotice('notice="Take our <b>stories</b>, please."');
      expect(part(el, 'notice')!.textContent!.trim()).to.equal('Take our <b>stories</b>, please.');
      expect(part(el, 'notice')!.querySelector('b')).to.equal(null);
    });

    it('takes rich text from the `notice` slot, and hides other children (the no-JS fallback)', async () => {
      const el = await mountNotice(
        'notice="Ignored when the slot is used."',
        '<p slot="notice" id="own">Our <a href="/terms">terms</a> apply.</p><p id="fallback">Fallback.</p>',
      );
      const slot = part(el, 'notice')!.querySelector('slot')!;
      expect(slot.assignedElements().map((node) => node.id)).to.deep.equal(['own']);
      expect(el.querySelector<HTMLElement>('#own')!.getClientRects().length).to.be.above(0);
      expect(el.querySelector<HTMLElement>('#fallback')!.getClientRects().length).to.equal(0);
    });

    it('names a license with its proper name, an inline SVG badge and a link to its deed', async () => {
      const el = await mountNotice('license="cc-by-nd-4.0"');
      const line = part(el, 'license')!;
      expect(line.textContent).to.contain(
        'Creative Commons Attribution-NoDerivatives 4.0 International (CC BY-ND 4.0)',
      );
      const link = line.querySelector('a')!;
      expect(link.href).to.equal('https://creativecommons.org/licenses/by-nd/4.0/');
      expect(link.relList.contains('license')).to.equal(true);
      const badge = part(el, 'badge')!;
      expect(badge.localName).to.equal('svg');
      expect(badge.getAttribute('aria-hidden')).to.equal('true');
      expect(badge.textContent).to.contain('BY-ND 4.0');
      expect(badge.querySelector('image, use, foreignObject'), 'nothing fetched').to.equal(null);
    });

    it('links the Spanish deed for a Spanish notice, in the notice and in its dialog', async () => {
      const el = await mountNotice('license="cc-by-nd-4.0" lang="es"');
      const link = part(el, 'license')!.querySelector('a')!;
      expect(link.href).to.equal('https://creativecommons.org/licenses/by-nd/4.0/deed.es');
      const english = await mountNotice('license="cc-by-nd-4.0" lang="en"');
      expect(part(english, 'license')!.querySelector('a')!.href).to.equal(
        'https://creativecommons.org/licenses/by-nd/4.0/',
      );
    });

    it('knows every license of the list', async () => {
      for (const license of licenses) {
        const el = await mountNotice(`license="${license.id}"`);
        expect(part(el, 'license')!.textContent).to.contain(license.name);
        expect(part(el, 'license')!.querySelector('a')!.href).to.equal(license.deedUrl);
        el.remove();
      }
    });

    it('links `license-url` in place of the deed, and without `license` names no license', async () => {
      const withLicense = await mountNotice(
        'license="cc-by-4.0" license-url="https://example.org/our-terms"',
      );
      expect(part(withLicense, 'license')!.querySelector('a')!.href).to.equal(
        'https://example.org/our-terms',
      );
      const terms = await mountNotice('license-url="https://example.org/our-terms"');
      const line = part(terms, 'license')!;
      expect(line.textContent!.trim()).to.equal('Read the republishing terms');
      expect(line.querySelector('a')!.href).to.equal('https://example.org/our-terms');
      expect(part(terms, 'badge')).to.equal(null);
    });

    it('fires refuge-ready once per rendering, not when its dialog opens or closes', async () => {
      addArticle('<p>Body.</p>');
      const ready = collect('refuge-ready');
      const el = await mountNotice();
      await openDialog(el);
      dialogOf(el).close();
      await oneEvent(dialogOf(el), 'close');
      el.author = 'Someone Else';
      await el.updateComplete;
      ready.stop();
      expect(ready.events).to.have.length(2);
    });
  });

  describe('bad configuration in the notice', () => {
    it('shows a visible error for a license not in the list, fires refuge-error and warns once', async () => {
      const errors = collect('refuge-error');
      const el = await mountNotice('license="cc-by-5.0"');
      errors.stop();
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('“cc-by-5.0” is not a valid license');
      expect(error.textContent).to.contain('cc-by-nd-4.0');
      expect(part(el, 'button'), 'the notice is replaced').to.equal(null);
      expect(errors.events.map((event) => event.detail.code)).to.deep.equal(['invalid-license']);
      expect(errors.events[0]!.bubbles && errors.events[0]!.composed).to.equal(true);
      expect(capture.warnings.calls).to.have.length(1);
    });

    it('says so in Spanish', async () => {
      const el = await mountNotice('license="mit" lang="es"');
      expect(part(el, 'error')!.textContent).to.contain('«mit» no es un valor válido para license');
    });

    it('rejects a license-url or article-url that is not a web address', async () => {
      const errors = collect('refuge-error');
      const license = await mountNotice('license-url="javascript:window.__republishCanary=1"');
      const article = await mountNotice('article-url="data:text/html,<p>x</p>"');
      errors.stop();
      expect(errors.events.map((event) => event.detail.code)).to.deep.equal([
        'invalid-license-url',
        'invalid-article-url',
      ]);
      expect(part(license, 'error')!.textContent).to.contain('license-url');
      expect(license.shadowRoot!.querySelector('a')).to.equal(null);
      expect(part(article, 'error')!.textContent).to.contain('article-url');
    });

    it('renders HTML and 5,000-character strings in title, author and publisher as text', async () => {
      addArticle();
      const payload = `<img src="x" onerror="window.${CANARY}=1"><script>window.${CANARY}=1</script>`;
      const el = document.createElement('republish-notice');
      el.setAttribute('article-title', payload);
      el.setAttribute('author', 'A'.repeat(5000));
      el.setAttribute('publisher', `${payload} & Co.`);
      document.body.append(el);
      await el.updateComplete;
      const html = await copiedHtml(el);
      // Proves that the payload does NOT run, even a little after the dialog rendered it.
      await pause(50);

      expect(el.shadowRoot!.querySelector('dialog img, dialog script')).to.equal(null);
      expect(part(el, 'dialog')!.textContent).to.contain(payload);
      const copy = parse(html);
      expect(copy.querySelector('h1')!.textContent).to.equal(payload);
      expect(copy.querySelector('h1')!.children).to.have.length(0);
      expect(html).to.contain('&lt;img src="x" onerror=');
      expect(html).to.contain('A'.repeat(5000));
      const credit = [...copy.querySelectorAll('p')].find((p) =>
        p.textContent!.startsWith('This story was originally published by'),
      )!;
      expect(credit.querySelector('a')!.textContent).to.equal(`${payload} & Co.`);
      expect(copy.querySelectorAll('script'), 'no script but the library’s').to.have.length(1);
      expect(copy.querySelector('script')!.getAttribute('src')).to.match(/refuge-widgets\.js$/);
    });
  });

  describe('the dialog', () => {
    it('opens as a modal on the button, fires republish-open, moves focus in and locks the page scroll', async () => {
      addArticle();
      addHead(`<link rel="canonical" href="${ARTICLE_URL}">`);
      const el = await mountNotice('article-title="The story"');
      const opened = oneEvent(el, 'republish-open');
      part(el, 'button')!.click();
      const event = await opened;
      expect(event.detail).to.deep.equal({ url: ARTICLE_URL, title: 'The story' });
      expect(event.bubbles && event.composed).to.equal(true);
      const dialog = dialogOf(el);
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(dialog.getAttribute('aria-labelledby')).to.equal('dialog-title');
      expect(dialog.contains(focusedInShadow(el)), 'focus is in the dialog').to.equal(true);
      expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
    });

    it('keeps Tab inside, closes on Escape and gives focus back to the button', async () => {
      addArticle();
      const el = await mountNotice();
      const dialog = await openDialog(el);
      // Forwards past the last control and backwards past the first: focus never leaves.
      for (let press = 0; press < 8; press += 1) {
        await sendKeys({ press: 'Tab' });
        expect(dialog.contains(focusedInShadow(el)), `after Tab ${press}`).to.equal(true);
      }
      // WebKit runs under WebDriver, where @web/test-runner-commands can only press or type a key,
      // not hold Shift down; backwards Tab is tested in Chromium and Firefox.
      if (engine() !== 'webkit') {
        await sendKeys({ down: 'Shift' });
        for (let press = 0; press < 8; press += 1) {
          await sendKeys({ press: 'Tab' });
          expect(dialog.contains(focusedInShadow(el)), `after Shift+Tab ${press}`).to.equal(true);
        }
        await sendKeys({ up: 'Shift' });
      }
      const closed = oneEvent(dialog, 'close');
      await sendKeys({ press: 'Escape' });
      await closed;
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(focusedInShadow(el)).to.equal(part(el, 'button'));
      expect(document.documentElement.style.overflow, 'scroll restored').to.equal('');
    });

    it('closes with its labelled close button', async () => {
      addArticle();
      const el = await mountNotice('lang="es"');
      const dialog = await openDialog(el);
      const close = part(el, 'close-button')!;
      expect(close.textContent!.trim()).to.equal('Cerrar');
      close.click();
      await oneEvent(dialog, 'close');
      expect(dialog.open).to.equal(false);
      expect(focusedInShadow(el)).to.equal(part(el, 'button'));
    });

    it('opens when the page URL hash is #republish', async () => {
      addArticle('<p>Body.</p>');
      const original = location.href;
      location.hash = '#republish';
      try {
        const el = await mountNotice();
        const dialog = dialogOf(el);
        await waitFor(() => dialog.open, 'the dialog to open');
        dialog.close();
        await oneEvent(dialog, 'close');
        expect(location.hash, 'closing forgets the hash').to.equal('');
      } finally {
        history.replaceState(history.state, '', original);
      }
    });

    it('prepares the copy again, in the new language, when the language changes while it is open', async () => {
      addArticle('<p>Body.</p>');
      const el = await mountNotice(`article-url="${ARTICLE_URL}" publisher="El Medio"`);
      await openDialog(el);
      const copy = () => (part(el, 'html') as HTMLTextAreaElement | null)?.value ?? '';
      expect(copy()).to.contain('This story was originally published by');
      el.lang = 'es';
      await waitFor(
        () => copy().includes('Esta historia se publicó originalmente'),
        'the copy in Spanish',
      );
      expect(copy()).not.to.contain('This story was originally published by');
      expect(dialogOf(el).open, 'still open').to.equal(true);
    });

    it('lists the rules; the no-edits rule only for a NoDerivatives license, the pixel rule only with a pixel', async () => {
      addArticle();
      const plain = await mountNotice();
      await openDialog(plain);
      const rules = () =>
        [...plain.shadowRoot!.querySelectorAll('.rules li')].map((li) => li.textContent);
      expect(rules()).to.deep.equal([
        'Name the author and the original publisher in the byline.',
        'Link back to the original story (the credit line at the end of the HTML does it).',
        'Do not sell the story on its own.',
      ]);
      plain.remove();

      const strict = await mountNotice(
        'license="cc-by-nc-nd-3.0" pixel-src="https://pixel.example.org/p.gif"',
      );
      await openDialog(strict);
      const strictRules = [...strict.shadowRoot!.querySelectorAll('.rules li')].map(
        (li) => li.textContent!,
      );
      expect(strictRules).to.have.length(5);
      expect(strictRules.join(' ')).to.contain('tracking image');
      expect(strictRules.join(' ')).to.contain('except to fit your house style or to shorten it');
      expect(part(strict, 'dialog')!.textContent).to.contain(
        'Creative Commons Attribution-NonCommercial-NoDerivs 3.0 Unported (CC BY-NC-ND 3.0)',
      );
    });

    it('shows title, byline and date from the page, in Spanish too', async () => {
      addArticle();
      addHead(
        '<meta property="og:title" content="Title from og:title">' +
          '<meta name="author" content="Author From Meta">' +
          '<meta property="article:published_time" content="2009-04-28T10:00:00-07:00">',
      );
      const el = await mountNotice('lang="es"');
      await openDialog(el);
      const story = el.shadowRoot!.querySelector('.story')!;
      expect(story.textContent).to.contain('Title from og:title');
      expect(story.textContent).to.contain(
        'Por Author From Meta, The Center for Investigative Reporting (Reveal)',
      );
      expect(story.querySelector('time')!.getAttribute('datetime')).to.equal('2009-04-28');
      expect(story.querySelector('time')!.textContent).to.equal('28 de abril de 2009');
    });

    it('shows no date when the page gives none, and the default credit', async () => {
      addArticle();
      const el = await mountNotice();
      await openDialog(el);
      const story = el.shadowRoot!.querySelector('.story')!;
      expect(story.querySelector('time')).to.equal(null);
      expect(story.textContent).to.contain(
        'By Andrew Becker, The Center for Investigative Reporting (Reveal)',
      );
      expect(story.textContent, 'document.title').to.contain(document.title);
    });
  });

  describe('the copied HTML', () => {
    it('keeps the article’s text, drops scripts, styles, frames, forms and handlers, and makes URLs absolute', async () => {
      addArticle();
      const el = await mountNotice(`article-url="${ARTICLE_URL}" article-selector="#story"`);
      const html = await copiedHtml(el);
      const copy = parse(html);

      const paragraphs = [...copy.querySelectorAll('p')].map((p) => p.textContent!.trim());
      expect(paragraphs).to.include('Second paragraph.');
      expect(paragraphs).to.include('Paragraph inside a wrapper.');
      expect(copy.querySelector('h2')!.textContent).to.equal('A subheading');
      expect(copy.querySelector('strong')!.textContent).to.equal('bold');

      expect(copy.querySelector('script:not([src]), style, iframe, form, input, button')).to.equal(
        null,
      );
      expect(html).not.to.match(
        /onclick|onmouseover|javascript:|never-matched|style=|class=|data-x/i,
      );
      expect(copy.querySelector('#p2'), 'ids are dropped').to.equal(null);
      expect(html).not.to.contain('Email');

      const links = [...copy.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.include('https://news.example.org/2009/related/?a=1&b=2');
      expect(links).to.include(`${ARTICLE_URL}#section-2`);
      expect(links.every((href) => href === null || /^https:\/\//.test(href))).to.equal(true);
      const img = copy.querySelector('figure img')!;
      expect(img.getAttribute('src')).to.equal(`${ARTICLE_URL}images/photo.jpg`);
      expect(img.getAttribute('alt')).to.equal('A border crossing');
      expect(copy.querySelector('figcaption')!.textContent).to.equal('A caption.');
    });

    it('starts with title and byline, and ends with the credit, the canonical link and the pixel', async () => {
      addArticle('<p>Body.</p>');
      const el = await mountNotice(
        `article-url="${ARTICLE_URL}" article-title="The title" author="Ana Autora" publisher="The Publisher" ` +
          'license="cc-by-nd-4.0" pixel-src="https://pixel.example.org/count.gif?site=7"',
      );
      const html = await copiedHtml(el);
      const copy = parse(html);
      expect(copy.body.firstElementChild!.outerHTML).to.equal('<h1>The title</h1>');
      expect(copy.querySelectorAll('p')[0]!.textContent).to.equal('By Ana Autora, The Publisher');

      const credit = [...copy.querySelectorAll('p')].at(-1)!;
      expect(credit.textContent).to.equal(
        'This story was originally published by The Publisher. It is republished here under the CC BY-ND 4.0 license.',
      );
      const [original, deed] = credit.querySelectorAll('a');
      expect(original!.getAttribute('href')).to.equal(ARTICLE_URL);
      expect(deed!.getAttribute('href')).to.equal(
        'https://creativecommons.org/licenses/by-nd/4.0/',
      );

      const canonical = copy.querySelector('link[rel="canonical"]')!;
      expect(canonical.getAttribute('href')).to.equal(ARTICLE_URL);

      const pixel = copy.querySelector('img[width="1"]')!;
      const src = new URL(pixel.getAttribute('src')!);
      expect(src.origin + src.pathname).to.equal('https://pixel.example.org/count.gif');
      expect(src.searchParams.get('site')).to.equal('7');
      expect(src.searchParams.get('url')).to.equal(ARTICLE_URL);
      expect(pixel.getAttribute('src')).to.contain(`url=${encodeURIComponent(ARTICLE_URL)}`);
      expect(pixel.getAttribute('height')).to.equal('1');
      expect(pixel.getAttribute('alt')).to.equal('');
      expect(pixel.getAttribute('referrerpolicy')).to.equal('no-referrer-when-downgrade');
      expect(html.trim().endsWith(pixel.outerHTML), 'the pixel comes last').to.equal(true);
      expect(copy.querySelector('script'), 'no widgets, no script').to.equal(null);
    });

    it('is in Spanish for a Spanish page', async () => {
      addArticle('<p>Cuerpo.</p>');
      const el = await mountNotice(`lang="es" article-url="${ARTICLE_URL}" publisher="El Medio"`);
      const copy = parse(await copiedHtml(el));
      const credit = [...copy.querySelectorAll('p')].at(-1)!;
      expect(credit.textContent).to.equal('Esta historia se publicó originalmente en El Medio.');
      expect(copy.querySelectorAll('p')[0]!.textContent).to.match(/^Por Andrew Becker, El Medio$/);
    });

    it('keeps our widgets with their attributes and fallback text, plus one script tag for the library', async () => {
      addArticle();
      const el = await mountNotice(
        'article-selector="#story" library-src="https://cdn.example.org/refuge-widgets@0.1.0/dist/refuge-widgets.js"',
      );
      const html = await copiedHtml(el);
      const copy = parse(html);
      const stat = copy.querySelector('asylum-stat')!;
      expect(stat.getAttribute('metric')).to.equal('port-requests');
      expect(stat.getAttribute('lang')).to.equal('es');
      expect(stat.getAttribute('theme')).to.equal('dark');
      expect(stat.textContent).to.equal('Casi 200 pidieron asilo.');
      expect(copy.querySelector('violence-timeline')!.textContent).to.equal(
        'A timeline of the events.',
      );
      expect(copy.querySelector('police-deaths-chart')!.hasAttribute('show-table')).to.equal(true);
      expect(copy.querySelector('republish-notice'), 'the notice is not copied').to.equal(null);
      expect(html).not.to.contain('A nested notice');

      const scripts = copy.querySelectorAll('script');
      expect(scripts).to.have.length(1);
      expect(scripts[0]!.getAttribute('type')).to.equal('module');
      expect(scripts[0]!.getAttribute('src')).to.equal(
        'https://cdn.example.org/refuge-widgets@0.1.0/dist/refuge-widgets.js',
      );
    });

    it('keeps every element registered through define(), with only the attributes it observes, and no other custom element', async () => {
      class CopiedWidget extends HTMLElement {
        static observedAttributes = ['mode'];
      }
      define('test-copied-widget', CopiedWidget);
      const ours = [...definedWidgets().keys()].filter((tag) => tag !== 'republish-notice');
      expect(ours).to.include.members([
        'asylum-stat',
        'drug-killings-chart',
        'police-deaths-chart',
        'violence-timeline',
        'test-copied-widget',
      ]);
      const widgetMarkup = ours
        .map((tag) => `<${tag} lang="es" mode="m" title="t" class="c"><p>In ${tag}.</p></${tag}>`)
        .join('');
      const article = addArticle(
        `${widgetMarkup}<unknown-widget lang="es"><p>In an unknown widget.</p></unknown-widget>` +
          '<p lang="es" mode="m" show-table>A paragraph.</p>',
      );
      const el = await mountNotice();
      const copy = parse(await copiedHtml(el));
      for (const tag of ours) {
        const widget = copy.querySelector(tag);
        expect(widget, tag).to.exist;
        expect(widget!.textContent).to.equal(`In ${tag}.`);
        const observed = (definedWidgets().get(tag) as { observedAttributes?: string[] })
          .observedAttributes!;
        // As the page has it now: a widget may have reflected a default (`metric`).
        const onPage = article.querySelector(tag)!.getAttributeNames();
        expect(widget!.getAttributeNames(), `${tag}: only what it observes`).to.deep.equal(
          onPage.filter((name) => observed.includes(name)),
        );
        expect(widget!.getAttribute('lang'), tag).to.equal(observed.includes('lang') ? 'es' : null);
      }
      expect(copy.querySelector('test-copied-widget')!.getAttribute('mode')).to.equal('m');
      expect(copy.querySelector('unknown-widget'), 'not one of ours').to.equal(null);
      expect(copy.body.textContent).to.contain('In an unknown widget.');
      const paragraph = [...copy.querySelectorAll('p')].find(
        (p) => p.textContent === 'A paragraph.',
      )!;
      expect(paragraph.getAttributeNames(), 'a widget’s attributes stay on widgets').to.deep.equal([
        'lang',
      ]);
      expect(copy.querySelectorAll('script'), 'the library, for the widgets').to.have.length(1);
    });

    it('by default loads the library beside the registering module, by an absolute URL', async () => {
      addArticle('<p>Text.</p><asylum-stat><p>Fallback.</p></asylum-stat>');
      const el = await mountNotice();
      const scripts = parse(await copiedHtml(el)).querySelectorAll('script');
      expect(scripts).to.have.length(1);
      const src = scripts[0]!.getAttribute('src')!;
      expect(src).to.equal(new URL(src).href);
      expect(src).to.match(/^http:\/\/localhost:\d+\/.*\/refuge-widgets\.js$/);
    });

    it('defaults the article URL to the canonical link, else the page URL without its hash', async () => {
      addArticle('<p>Text.</p>');
      const original = location.href;
      history.replaceState(history.state, '', '#somewhere');
      try {
        const el = await mountNotice();
        const canonical = parse(await copiedHtml(el)).querySelector('link[rel="canonical"]')!;
        expect(canonical.getAttribute('href')).to.equal(original.replace(/#.*$/, ''));
        el.remove();

        addHead(`<link rel="canonical" href="${ARTICLE_URL}">`);
        const withCanonical = await mountNotice();
        const copy = parse(await copiedHtml(withCanonical));
        expect(copy.querySelector('link[rel="canonical"]')!.getAttribute('href')).to.equal(
          ARTICLE_URL,
        );
      } finally {
        history.replaceState(history.state, '', original);
      }
    });
  });

  describe('the Copy HTML button', () => {
    let original: PropertyDescriptor | undefined;
    const stubClipboard = (writeText: (text: string) => Promise<void>) => {
      original = Object.getOwnPropertyDescriptor(navigator.clipboard, 'writeText');
      Object.defineProperty(navigator.clipboard, 'writeText', {
        value: writeText,
        configurable: true,
      });
    };
    afterEach(() => {
      if (original) Object.defineProperty(navigator.clipboard, 'writeText', original);
      else delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
      original = undefined;
    });

    it('copies with the Clipboard API, says so in a live region and fires republish-copy', async () => {
      let written = '';
      stubClipboard(async (text) => {
        written = text;
      });
      addArticle();
      const el = await mountNotice(`article-url="${ARTICLE_URL}" article-title="The story"`);
      await openDialog(el);
      const copied = oneEvent(el, 'republish-copy');
      part(el, 'copy-button')!.click();
      const event = await copied;
      await el.updateComplete;
      expect(event.detail).to.deep.equal({ url: ARTICLE_URL, title: 'The story' });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(written).to.equal((part(el, 'html') as HTMLTextAreaElement).value);
      const status = part(el, 'copy-status')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent!.trim()).to.equal(
        'Copied. You can now paste the HTML into your editor.',
      );
      expect(status.getClientRects().length, 'visible').to.be.above(0);
    });

    it('falls back to selecting the text, with a hint, when the Clipboard API refuses', async () => {
      stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
      addArticle();
      const el = await mountNotice('lang="es"');
      await openDialog(el);
      const events = collect('republish-copy');
      part(el, 'copy-button')!.click();
      await waitFor(() => part(el, 'copy-status')!.textContent!.trim(), 'the hint');
      const area = part(el, 'html') as HTMLTextAreaElement;
      expect(focusedInShadow(el)).to.equal(area);
      expect(area.selectionStart).to.equal(0);
      expect(area.selectionEnd).to.equal(area.value.length);
      expect(part(el, 'copy-status')!.textContent).to.contain('Ctrl+C');
      expect(events.events, 'not copied yet').to.have.length(0);
      area.dispatchEvent(new ClipboardEvent('copy', { bubbles: true, composed: true }));
      expect(events.events, 'the reader copied by hand').to.have.length(1);
      events.stop();
    });
  });

  describe('bad input in the dialog', () => {
    it('shows an invalid article-selector in the dialog and fires refuge-error', async () => {
      addArticle();
      const errors = collect('refuge-error');
      const el = await mountNotice('article-selector="##"');
      expect(part(el, 'button'), 'the notice itself works').to.exist;
      await openDialog(el);
      errors.stop();
      const problem = part(el, 'dialog-error')!;
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(problem.textContent).to.contain('“##” is not a valid CSS selector');
      expect(part(el, 'html')).to.equal(null);
      expect(part(el, 'copy-button')).to.equal(null);
      expect(errors.events.map((event) => event.detail.code)).to.deep.equal([
        'invalid-article-selector',
      ]);
      expect(capture.warnings.calls).to.have.length(1);
    });

    it('shows a selector that matches nothing', async () => {
      const errors = collect('refuge-error');
      const el = await mountNotice('article-selector="#no-such-story" lang="es"');
      await openDialog(el);
      errors.stop();
      expect(part(el, 'dialog-error')!.textContent).to.contain(
        'nada en esta página coincide con el article-selector «#no-such-story»',
      );
      expect(errors.events.map((event) => event.detail.code)).to.deep.equal(['article-not-found']);
    });

    it('keeps the notice when the page’s own address cannot be credited, and explains in the dialog', async () => {
      addArticle('<p>Body.</p>');
      addHead(`<link rel="canonical" href="javascript:window.${CANARY}=1">`);
      const errors = collect('refuge-error');
      const el = await mountNotice();
      expect(part(el, 'error'), 'no error in place of the notice').to.equal(null);
      await openDialog(el);
      errors.stop();
      expect(part(el, 'dialog-error')!.textContent).to.contain('Set article-url');
      expect(part(el, 'html')).to.equal(null);
      expect(errors.events.map((event) => event.detail.code)).to.deep.equal([
        'invalid-article-url',
      ]);
    });

    it('asks for a selector when the page has no <article>', async () => {
      const el = await mountNotice();
      await openDialog(el);
      expect(part(el, 'dialog-error')!.textContent).to.contain('Set article-selector');
    });

    for (const pixel of [
      `javascript:window.${CANARY}=1`,
      'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
      'http://pixel.example.org/count.gif',
      '//pixel.example.org/count.gif?on-an-http-page',
      'not a url at all',
    ]) {
      it(`rejects pixel-src ${pixel.slice(0, 30)} with refuge-error and copies no pixel`, async () => {
        addArticle('<p>Body.</p>');
        const errors = collect('refuge-error');
        const el = document.createElement('republish-notice');
        el.setAttribute('pixel-src', pixel);
        const reported = oneEvent(el, 'refuge-error');
        document.body.append(el);
        await reported;
        const html = await copiedHtml(el);
        errors.stop();
        expect(errors.events.map((event) => event.detail.code)).to.deep.equal([
          'invalid-pixel-src',
        ]);
        expect(part(el, 'button'), 'the notice still works').to.exist;
        expect(parse(html).querySelector('img')).to.equal(null);
        expect(shadowText(el)).not.to.contain('tracking image');
        expect(capture.warnings.calls).to.have.length(1);
      });
    }

    it('rejects a library-src that is not https and copies no script', async () => {
      addArticle('<asylum-stat><p>Fallback.</p></asylum-stat>');
      const errors = collect('refuge-error');
      const el = document.createElement('republish-notice');
      el.setAttribute('library-src', 'http://cdn.example.org/refuge-widgets.js');
      document.body.append(el);
      await el.updateComplete;
      const html = await copiedHtml(el);
      errors.stop();
      expect(errors.events.map((event) => event.detail.code)).to.deep.equal([
        'invalid-library-src',
      ]);
      expect(parse(html).querySelector('asylum-stat')).to.exist;
      expect(parse(html).querySelector('script')).to.equal(null);
    });
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'es']) {
      it(`passes axe closed and open (${lang})`, async () => {
        addArticle();
        const el = await mountNotice(
          `lang="${lang}" license="cc-by-nc-nd-4.0" pixel-src="https://pixel.example.org/p.gif"`,
        );
        await expect(el).to.be.accessible();
        await openDialog(el);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe in the error states', async () => {
      const bad = await mountNotice('license="nope" theme="dark"');
      await expect(bad).to.be.accessible();
      const missing = await mountNotice('article-selector="#missing"');
      await openDialog(missing);
      await expect(missing).to.be.accessible();
    });
  });

  describe('under a strict Content Security Policy with Trusted Types (built dist/ file)', () => {
    afterEach(closePages);

    it('opens, builds the copy and copies with no violation', async () => {
      const win = await openPage('/test/pages/csp-republish.html');
      expect(win.__cspViolations, 'csp-record-violations.js ran').to.be.an('array');
      const notice = await waitFor(
        () => win.document.querySelector('republish-notice')?.shadowRoot?.querySelector('button'),
        'the notice to render from /dist/republish-notice.js',
      );
      notice.click();
      const area = await waitFor(
        () => win.document.querySelector('republish-notice')!.shadowRoot!.querySelector('textarea'),
        'the HTML to copy',
      );
      const copy = parse(area.value);
      expect(copy.querySelector('asylum-stat')!.textContent).to.equal(
        'A fallback sentence for a widget.',
      );
      expect(copy.querySelectorAll('script')).to.have.length(1);
      expect(copy.querySelector('img[width="1"]')!.getAttribute('src')).to.contain(
        encodeURIComponent('https://news.example.org/2009/refuge/'),
      );
      expect(copy.querySelector('a')!.getAttribute('href')).to.equal(
        'https://news.example.org/2009/other/',
      );
      const root = win.document.querySelector('republish-notice')!.shadowRoot!;
      root.querySelector<HTMLButtonElement>('[part="copy-button"]')!.click();
      // Copied, or the text selected with a hint: either way the status says so.
      await waitFor(
        () => root.querySelector('[part="copy-status"]')?.textContent?.trim(),
        'the copy status',
      );
      await settle(win);
      expectQuietPage(win);
      // And the policy is really in force: a string into innerHTML is refused.
      expect(() => {
        win.document.body.innerHTML = '<b>not trusted</b>';
      }).to.throw(/TrustedHTML|Sink type mismatch/); // Chromium's and Firefox's wording
    });
  });
});
