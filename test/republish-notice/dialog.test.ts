import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { engine } from '../support/engine.js';
import { waitFor } from '../support/wait.js';
import {
  ARTICLE_URL,
  addArticle,
  addHead,
  checkEachNoticeTest,
  collect,
  dialogOf,
  focusedInShadow,
  mountNotice,
  openDialog,
  part,
} from './support.js';

describe('<republish-notice>: the dialog', () => {
  checkEachNoticeTest();

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
      expect(copy()).to.contain('This story was first published by');
      el.lang = 'es';
      await waitFor(
        () => copy().includes('Esta historia se publicó primero en'),
        'the copy in Spanish',
      );
      expect(copy()).not.to.contain('This story was first published by');
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
});
