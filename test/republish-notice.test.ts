import { expect, oneEvent } from '@open-wc/testing';
import { licenses } from '../src/data/republish.js';
import { foldedText, shadowText } from './support/shadow.js';
import { pause } from './support/wait.js';
import {
  CANARY,
  addArticle,
  checkEachNoticeTest,
  collect,
  copiedHtml,
  dialogOf,
  mountNotice,
  openDialog,
  parse,
  part,
} from './republish-notice/support.js';

describe('<republish-notice>: the notice', () => {
  const capture = checkEachNoticeTest();

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
        'You may run this story on your site or in print for free, under a Creative Commons license.',
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

      // The payload is text wherever the dialog shows it. The dialog has no script at all, and its
      // only images are the preview's, which are exactly the copy's own (the article's photo and
      // chart image), never one the payload made. Compared as strings: a failed assertion about a
      // DOM node cannot be sent back by the test runner and hangs the run instead (see
      // https://github.com/modernweb-dev/web/issues/2967).
      const dialog = part(el, 'dialog')!;
      const copy = parse(html);
      const markup = (nodes: Iterable<Element>) => [...nodes].map((node) => node.outerHTML);
      expect(markup(dialog.querySelectorAll('script')), 'no script in the dialog').to.deep.equal(
        [],
      );
      expect(
        markup(dialog.querySelectorAll('img:not([part~="preview"] img), [onerror]')),
        'no image but the preview’s, no handler',
      ).to.deep.equal([]);
      const src = (image: Element) => image.getAttribute('src');
      expect([...dialog.querySelectorAll('img')].map(src)).to.deep.equal(
        [...copy.querySelectorAll('img')].map(src),
      );
      expect(dialog.textContent).to.contain(payload);
      const previewHeadline = part(el, 'preview')!.querySelector('h1')!;
      expect(previewHeadline.textContent).to.equal(payload);
      expect(previewHeadline.children.length).to.equal(0);
      expect(copy.querySelector('h1')!.textContent).to.equal(payload);
      expect(copy.querySelector('h1')!.children).to.have.length(0);
      expect(html).to.contain('&lt;img src="x" onerror=');
      expect(html).to.contain('A'.repeat(5000));
      const credit = [...copy.querySelectorAll('p')].find((p) =>
        p.textContent!.startsWith('This story was first published by'),
      )!;
      expect(credit.querySelector('a')!.textContent).to.equal(`${payload} & Co.`);
      expect(copy.querySelectorAll('script'), 'no script but the library’s').to.have.length(1);
      expect(copy.querySelector('script')!.getAttribute('src')).to.match(/refuge-widgets\.js$/);
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
});
