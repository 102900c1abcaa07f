import { expect } from '@open-wc/testing';
import { choose, chooseGraphic, openBuilder, snippetAfterCopy } from './support/builder.js';
import { frame } from './support/frames.js';
import { widgetTags } from './support/manifest.js';
import { foldedText } from './support/shadow.js';
import { waitFor } from './support/wait.js';

// Issue 25, item 2: the builder's email-newsletter snippet, for every widget that has a fallback
// (the republish notice has none: an email cannot hold its dialog). It must survive email clients:
// no script, no custom element, no <style> or <link>, inline styles, at most 600 px wide, the
// chart as its PNG at an absolute address with the figures in its alt text, the title, the
// source line with its link, a link to the story; and it must read at 320 px with scripts off.

const story =
  'https://revealnews.org/article/small-numbers-of-mexicans-fleeing-drug-violence-given-refuge/';
const readStory = { en: 'Read the full story', es: 'Lea el reportaje completo' };

/** The snippet pasted alone in a sandboxed frame `width` px wide: no script may run in it. */
async function emailAt(snippet: string, width: number): Promise<Document> {
  const iframe = await frame(
    {
      srcdoc: `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0">${snippet}</body></html>`,
    },
    { width: `${width}px`, height: '800px', className: 'email' },
  );
  return iframe.contentDocument!;
}

describe('the builder’s email-newsletter snippet', function () {
  this.timeout(120_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((node) => node.remove()));

  for (const lang of ['en', 'es'] as const) {
    it(`is email-safe and complete for every widget (${lang})`, async () => {
      const { builder, copied } = await openBuilder();
      for (const tag of widgetTags) {
        await chooseGraphic(builder, tag);
        await choose(builder, '#attribute-lang', lang);
        // Every snippet follows the same update: once the script snippet is this choice's, so is
        // the email's.
        await snippetAfterCopy(builder, 'script', tag, copied, lang);
        const area = builder.shadowRoot!.querySelector<HTMLTextAreaElement>('#newsletter-snippet');
        if (tag === 'republish-notice') {
          expect(area === null, 'no newsletter snippet for the republish notice').to.equal(true);
          continue;
        }
        expect(area !== null, `${tag}: a newsletter snippet`).to.equal(true);
        const snippet = area!.value;
        const where = `${tag} (${lang})`;

        // Nothing an email client strips or refuses.
        expect(
          /<(script|style|link|iframe|svg|canvas)\b/i.test(snippet),
          `${where}: ${snippet}`,
        ).to.equal(false);
        expect(/<[a-z]+-[a-z-]*[\s>]/i.test(snippet), `${where}: a custom element`).to.equal(false);
        expect(/\son[a-z]+=/i.test(snippet), `${where}: an event handler`).to.equal(false);

        const email = new DOMParser().parseFromString(snippet, 'text/html');
        const wrapper = email.body.firstElementChild!;
        expect(wrapper.localName, where).to.equal('table');
        expect(wrapper.getAttribute('role'), where).to.equal('presentation');
        expect(Number(wrapper.getAttribute('width')), where).to.be.at.most(600);
        for (const element of email.body.querySelectorAll('p, a, img, h2, table, th, td, li')) {
          expect(
            element.hasAttribute('style'),
            `${where}: <${element.localName}> styled inline`,
          ).to.equal(true);
        }

        // The title as the widget shows it, the source line with its link, the story's link.
        const preview = builder.shadowRoot!.querySelector('#preview-desktop')!.firstElementChild!;
        const title = foldedText(preview.shadowRoot!.querySelector('[part~="title"]'));
        expect(foldedText(email.querySelector('h2')), where).to.equal(title);
        const links = [...email.querySelectorAll('a')].map((a) => ({
          href: a.href,
          text: foldedText(a),
        }));
        expect(
          links.some((link) => link.href === story && link.text === readStory[lang]),
          `${where}: the story`,
        ).to.equal(true);
        expect(links.length, `${where}: the source link and the story`).to.be.at.least(2);
        expect(
          links.every((link) => link.href.startsWith('https://')),
          `${where}: ${JSON.stringify(links)}`,
        ).to.equal(true);

        // A chart: its PNG, absolute, at most 600 px wide, the figures in its alt text; it is in
        // the build. The stat and the timeline are text alone.
        const images = [...email.querySelectorAll('img')];
        if (tag.endsWith('-chart')) {
          expect(images.length, where).to.equal(1);
          const image = images[0]!;
          const src = new URL(image.getAttribute('src')!);
          expect(src.pathname, where).to.equal(`/dist/images/${tag}.${lang}.light.png`);
          expect(Number(image.getAttribute('width')), where).to.be.at.most(600);
          expect(/\d/.test(image.alt), `${where}: the alt text gives the figures`).to.equal(true);
          const response = await fetch(src);
          expect(response.ok && response.headers.get('content-type'), where).to.contain(
            'image/png',
          );
        } else {
          expect(images.length, where).to.equal(0);
          expect(/\d/.test(foldedText(email.body)), `${where}: its figures as text`).to.equal(true);
        }

        // Read at 320 px, with no script and no stylesheet: nothing wider than the screen.
        const narrow = await emailAt(snippet, 320);
        await waitFor(
          () => [...narrow.images].every((image) => image.complete),
          `${where}: images`,
        );
        expect(narrow.documentElement.scrollWidth, `${where}: at 320 px`).to.be.at.most(320);
        for (const image of narrow.images) {
          expect(image.naturalWidth > 0, `${where}: the image loads`).to.equal(true);
          expect(image.getBoundingClientRect().width, where).to.be.at.most(320);
        }
        narrow.defaultView!.frameElement!.remove();
      }
    });
  }
});
