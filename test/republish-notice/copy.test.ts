import { expect, oneEvent } from '@open-wc/testing';
import { define, definedWidgets } from '../../src/core/define.js';
import { ChartWidgetElement } from '../../src/core/chart/chart-element.js';
import { expectQuietPage } from '../support/console.js';
import { widgets } from '../support/manifest.js';
import { closePages, openPage } from '../support/frames.js';
import { shadowText } from '../support/shadow.js';
import { settle, waitFor } from '../support/wait.js';
import {
  ARTICLE_URL,
  CANARY,
  addArticle,
  addHead,
  checkEachNoticeTest,
  collect,
  copiedHtml,
  mountNotice,
  openDialog,
  parse,
  part,
} from './support.js';

describe('<republish-notice>: the copy', () => {
  const capture = checkEachNoticeTest();

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
        'This story was first published by The Publisher. It is republished here under the CC BY-ND 4.0 license.',
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
      expect(credit.textContent).to.equal('Esta historia se publicó primero en El Medio.');
      expect(copy.querySelectorAll('p')[0]!.textContent).to.match(/^Por Andrew Becker, El Medio$/);
    });

    it('writes text outside any element as text: escaped markup never becomes markup', async () => {
      addArticle(
        `Bare text &lt;img src="x" onerror="window.${CANARY}=1"&gt; &amp; more<p>A paragraph.</p>`,
      );
      const html = await copiedHtml(await mountNotice(`article-url="${ARTICLE_URL}"`));
      expect(html.split('\n')).to.include(
        `Bare text &lt;img src="x" onerror="window.${CANARY}=1"&gt; &amp; more`,
      );
      expect(parse(html).querySelectorAll('img, [onerror]').length).to.equal(0);
    });

    describe('the story’s language and the dialog’s', () => {
      const spanishStory =
        '<h1>Huir de la guerra</h1><p>Pocos mexicanos reciben <em>asilo</em>.</p>';

      it('a Spanish dialog on a Spanish story: the copy is Spanish, in a <div lang="es">', async () => {
        addArticle(spanishStory).setAttribute('lang', 'es');
        const el = await mountNotice(`lang="es" article-url="${ARTICLE_URL}" publisher="El Medio"`);
        const html = await copiedHtml(el);
        expect(part(el, 'title')!.textContent).to.equal('Republicar esta historia');
        expect(html.split('\n').slice(0, 5)).to.deep.equal([
          '<div lang="es">',
          '<h1>Huir de la guerra</h1>',
          '<p>Por Andrew Becker, El Medio</p>',
          '<p>Pocos mexicanos reciben <em>asilo</em>.</p>',
          `<p>Esta historia se publicó primero en <a href="${ARTICLE_URL}">El Medio</a>.</p>`,
        ]);
        expect(html.split('\n')[5]).to.equal('</div>');
        expect(html.match(/ lang=/g), 'one lang, the wrapper’s').to.have.length(1);
      });

      it('an English dialog on a Spanish story: the story stays Spanish, the byline and credit say they are English', async () => {
        // The story's language from the page around the article (here <main lang>).
        const main = document.createElement('main');
        main.lang = 'es-MX';
        document.body.append(main);
        try {
          main.append(addArticle(spanishStory));
          const el = await mountNotice(
            `lang="en" article-url="${ARTICLE_URL}" publisher="El Medio"`,
          );
          const html = await copiedHtml(el);
          expect(part(el, 'title')!.textContent).to.equal('Republish this story');
          const copy = parse(html);
          const wrapper = copy.body.firstElementChild!;
          expect(wrapper.outerHTML.startsWith('<div lang="es-MX">')).to.equal(true);
          expect(wrapper.querySelector('h1')!.outerHTML).to.equal('<h1>Huir de la guerra</h1>');
          const [byline, body, credit] = wrapper.querySelectorAll('p');
          expect(byline!.outerHTML).to.equal('<p lang="en">By Andrew Becker, El Medio</p>');
          expect(body!.getAttribute('lang'), 'the story’s own text inherits es-MX').to.equal(null);
          expect(credit!.getAttribute('lang')).to.equal('en');
          expect(credit!.textContent).to.equal('This story was first published by El Medio.');
          expect(copy.querySelector('link[rel="canonical"]')!.parentElement).to.equal(copy.body);
        } finally {
          main.remove();
        }
      });

      it('a Spanish dialog on an English story marks its own lines Spanish', async () => {
        addArticle('<p>English text.</p>').setAttribute('lang', 'en-US');
        const el = await mountNotice(`lang="es" article-url="${ARTICLE_URL}" publisher="El Medio"`);
        const copy = parse(await copiedHtml(el));
        expect(copy.body.firstElementChild!.getAttribute('lang')).to.equal('en-US');
        const credit = [...copy.querySelectorAll('p')].at(-1)!;
        expect(credit.getAttribute('lang')).to.equal('es');
        expect(credit.textContent).to.equal('Esta historia se publicó primero en El Medio.');
      });

      it('a page that declares no language gets no wrapper', async () => {
        expect(document.documentElement.hasAttribute('lang'), 'the test page').to.equal(false);
        addArticle('<p>Text.</p>');
        const html = await copiedHtml(await mountNotice(`article-url="${ARTICLE_URL}"`));
        expect(html).not.to.match(/<div|lang=/);
      });
    });

    it('is tidy: one block a line, no indentation, empty paragraphs, comments, or repeated headline', async () => {
      addArticle(`
        <h1>  The   story </h1>
        <!-- the page's own comment -->

        <p>
          First   paragraph with <a href="/x">a link</a> and <strong>bold</strong> text.
        </p>
        <p>   </p>
        <p><br></p>
        <div>
          <p class="lede"   id="p9">Second, <em>inside</em> a wrapper.</p>
        </div>
        <pre>  kept
   as written </pre>
        <ul>
          <li> One </li>
          <li>Two</li>
        </ul>`);
      const el = await mountNotice(`article-url="${ARTICLE_URL}" article-title="The story"`);
      const html = await copiedHtml(el);
      const lines = html.split('\n');
      expect(lines.slice(0, 5)).to.deep.equal([
        '<h1>The story</h1>',
        '<p>By Andrew Becker, The Center for Investigative Reporting (Reveal)</p>',
        `<p>First paragraph with <a href="${ARTICLE_URL.replace(/\/2009.*/, '')}/x">a link</a> and <strong>bold</strong> text.</p>`,
        '<p>Second, <em>inside</em> a wrapper.</p>',
        '<pre>  kept',
      ]);
      expect(lines[5]).to.equal('   as written </pre>');
      expect(lines[6]).to.equal('<ul><li>One</li><li>Two</li></ul>');
      expect(html.match(/<h1>/g), 'the headline once').to.have.length(1);
      expect(
        lines.filter((line) => line.trim() === ''),
        'no blank line',
      ).to.deep.equal([]);
      expect(
        lines.filter((line) => /^\s/.test(line) && !line.includes('as written')),
      ).to.deep.equal([]);
      expect(html).not.to.match(/<p>\s*(<br>)?\s*<\/p>|<!--|class=|id=/);
    });

    it('gives each chart widget its chart image from the library, which shows where scripts are stripped', async () => {
      // Each live chart offers the build's image of what it shows; here, dist/'s images.
      const ownImages = ChartWidgetElement.imagesBase;
      ChartWidgetElement.imagesBase = `${location.origin}/dist/images/`;
      addArticle(`
        <p>Before the charts.</p>
        <police-deaths-chart lang="es" theme="dark"><p>Alrededor de 900 policías.</p></police-deaths-chart>
        <drug-killings-chart><p>Killings by year.</p></drug-killings-chart>
        <drug-killings-chart theme="dark"><p><img src="/own.png" alt="Its own image"></p></drug-killings-chart>`);
      let html: string;
      let el: Awaited<ReturnType<typeof mountNotice>>;
      try {
        el = await mountNotice(
          `article-selector="#story" library-src="${location.origin}/dist/refuge-widgets.js"`,
        );
        html = await copiedHtml(el);
      } finally {
        ChartWidgetElement.imagesBase = ownImages;
      }
      const copy = parse(html);
      const image = (selector: string) => copy.querySelector(`${selector} > p:first-child > img`)!;

      const police = image('police-deaths-chart');
      expect(police.getAttribute('src')).to.equal(
        `${location.origin}/dist/images/police-deaths-chart.es.dark.png`,
      );
      expect(police.getAttribute('alt')).to.match(/^Gráfico de barras\. Alrededor de 900/);
      expect(police.getAttribute('width'), 'its size as drawn, half its PNG’s').to.equal('624');
      expect(copy.querySelector('police-deaths-chart')!.textContent).to.contain(
        'Alrededor de 900 policías.',
      );
      // The page is in English; no theme means the light image.
      expect(image('drug-killings-chart').getAttribute('src')).to.equal(
        `${location.origin}/dist/images/drug-killings-chart.en.light.png`,
      );
      const own = copy.querySelectorAll('drug-killings-chart')[1]!;
      expect(
        own.querySelectorAll('img'),
        'an image already there is kept, not doubled',
      ).to.have.length(1);

      // Pasted where scripts are stripped: the widgets stay unknown elements, and show the images.
      copy.querySelectorAll('script').forEach((script) => script.remove());
      const frame = document.createElement('iframe');
      frame.style.width = '800px';
      frame.srcdoc = `<!doctype html><body>${copy.body.innerHTML}</body>`;
      const loaded = new Promise((resolve) =>
        frame.addEventListener('load', resolve, { once: true }),
      );
      document.body.append(frame);
      await loaded;
      const pasted =
        frame.contentDocument!.querySelector<HTMLImageElement>('police-deaths-chart img')!;
      await waitFor(() => pasted.complete && pasted.naturalWidth > 0, 'the chart image');
      expect(pasted.naturalWidth).to.equal(1248);
      expect(pasted.getBoundingClientRect().width, 'shown at its drawn size').to.equal(624);
      expect(pasted.checkVisibility()).to.equal(true);
      frame.remove();
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

    it('drops class, id, style and data-* everywhere; each widget keeps only its documented attributes', async () => {
      const ours = widgets.filter(({ tag }) => tag !== 'republish-notice');
      const noise = 'class="c" id="i" style="color: red" data-x="1" aria-label="a" hidden';
      const markup = ours.map(({ tag, attributes }) => {
        const documented = attributes.map((name) => `${name}="${name === 'lang' ? 'es' : ''}"`);
        return `<${tag} ${documented.join(' ')} ${noise}><p ${noise}>In ${tag}.</p></${tag}>`;
      });
      const article = addArticle(
        `<section ${noise}><p ${noise}>Text.</p></section>${markup.join('')}`,
      );
      const html = await copiedHtml(await mountNotice(`article-url="${ARTICLE_URL}"`));
      expect(html).not.to.match(/ (class|id|style|data-x|aria-label|hidden)[= >]/);
      const copy = parse(html);
      for (const { tag, attributes } of ours) {
        const onPage = article.querySelector(tag)!.getAttributeNames();
        expect(copy.querySelector(tag)!.getAttributeNames(), tag).to.deep.equal(
          onPage.filter((name) => attributes.includes(name)),
        );
      }
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
