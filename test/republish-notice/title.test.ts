import { expect, oneEvent } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { withoutSiteName } from '../../src/widgets/republish-notice/story-title.js';
import {
  ARTICLE_URL,
  addArticle,
  addHead,
  checkEachNoticeTest,
  mountNotice,
  parse,
  part,
} from './support.js';

/**
 * Opens the notice's dialog and reads the story's headline as each reader of it sees it: the
 * `republish-open` event, the dialog's Title line and the copy's <h1>.
 */
async function headlines(attributes = '') {
  const el = await mountNotice(`article-url="${ARTICLE_URL}" ${attributes}`);
  const opened = oneEvent(el, 'republish-open');
  part(el, 'button')!.click();
  // Fired once the dialog's module has found the headline; the copy may still be in the making.
  const event = await opened;
  const area = await waitFor(() => part(el, 'html') as HTMLTextAreaElement | null, 'the copy');
  const copy = parse(area.value);
  return {
    event: event.detail.title as string,
    dialog: el.shadowRoot!.querySelector('.story dd')!.textContent!.trim(),
    copy: copy.body.firstElementChild!.outerHTML,
    headings: [...copy.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.textContent),
    html: area.value,
  };
}

/** The same headline in the event, the dialog and (once) the copy. */
async function expectHeadline(expected: string, attributes = '') {
  const seen = await headlines(attributes);
  expect(seen.event, 'republish-open').to.equal(expected);
  expect(seen.dialog, 'the dialog').to.equal(expected);
  expect(seen.copy, 'the copy’s first line').to.equal(`<h1>${expected}</h1>`);
  expect(
    seen.headings.filter((heading) => heading === expected),
    'the copy says it once',
  ).to.have.length(1);
  return seen;
}

describe('<republish-notice>: the headline', () => {
  checkEachNoticeTest();
  let pageTitle: string;
  beforeEach(() => {
    pageTitle = document.title;
  });
  afterEach(() => {
    document.title = pageTitle;
  });

  describe('where it comes from', () => {
    it('is article-title first, before og:title and any <h1>', async () => {
      addHead('<meta property="og:title" content="From og:title">');
      addArticle('<h1>From the article</h1><p>Body.</p>');
      const seen = await expectHeadline('From the attribute', 'article-title="From the attribute"');
      expect(seen.html, 'the article’s own <h1> is kept: it is not the headline').to.contain(
        '<h1>From the article</h1>',
      );
    });

    it('is og:title, before any <h1>', async () => {
      addHead('<meta property="og:title" content="From og:title">');
      document.title = 'From the title | Site';
      addArticle('<h1>From the article</h1><p>Body.</p>');
      await expectHeadline('From og:title');
    });

    it('is the first <h1> of the article the copy reads, not an earlier one elsewhere on the page', async () => {
      document.title = 'From the title | Site';
      addArticle('<h1>The site’s name</h1>', 'masthead');
      addArticle(
        '<p>Kicker</p><h1>  The   article’s\n headline </h1><p>Body.</p><h1>A later one</h1>',
        'story',
      );
      const seen = await expectHeadline('The article’s headline', 'article-selector="#story"');
      expect(seen.html).to.contain('<h1>A later one</h1>');
      expect(seen.html).not.to.contain('The site’s name');
    });

    it('is the page’s first <h1> when the article has none', async () => {
      document.title = 'From the title | Site';
      addArticle('<h1>The page’s headline</h1>', 'header');
      addArticle('<p>Body.</p>', 'story');
      await expectHeadline('The page’s headline', 'article-selector="#story"');
    });

    it('is document.title without the suffix naming og:site_name', async () => {
      addHead('<meta property="og:site_name" content="The Daily Example">');
      document.title = 'Border stories - a reporter’s notes | The Daily Example';
      addArticle('<p>Body.</p>');
      await expectHeadline('Border stories - a reporter’s notes');
    });

    it('is document.title without the suffix naming application-name', async () => {
      addHead('<meta name="application-name" content="Example News">');
      document.title = 'Fleeing Mexico’s drug war, few find asylum — Example News';
      addArticle('<p>Body.</p>');
      await expectHeadline('Fleeing Mexico’s drug war, few find asylum');
    });

    it('is document.title without its last segment when no site name matches', async () => {
      addHead('<meta property="og:site_name" content="Another Name">');
      document.title = 'Mexico - U.S. border: the story – Section | Our Site';
      addArticle('<p>Body.</p>');
      await expectHeadline('Mexico - U.S. border: the story – Section');
    });

    it('is the whole document.title when it has no suffix', async () => {
      document.title = '  Asylum for  Mexicans, a story of 2009-2010 ';
      addArticle('<p>Body.</p>');
      await expectHeadline('Asylum for Mexicans, a story of 2009-2010');
    });
  });

  describe('the article’s own headline', () => {
    it('is not copied twice when the body’s first heading repeats it, even after a kicker', async () => {
      document.title = 'Page title';
      addArticle('<p>Kicker</p><h2>The  Story</h2><p>Body.</p><h2>Next section</h2>');
      const seen = await expectHeadline('The story', 'article-title="The story"');
      expect(seen.html).not.to.match(/<h2>The\s+Story<\/h2>/i);
      expect(seen.html).to.contain('<h2>Next section</h2>');
      expect(seen.html).to.contain('<p>Kicker</p>');
    });

    it('comes from the article and is copied once when it is the headline', async () => {
      document.title = 'Something else — Site';
      addArticle('<h1>Fleeing Mexico’s drug war</h1><p>Body.</p>');
      const seen = await expectHeadline('Fleeing Mexico’s drug war');
      expect(seen.html.match(/Fleeing Mexico’s drug war/g)).to.have.length(1);
    });
  });

  describe('withoutSiteName()', () => {
    it('removes a named site’s suffix after any separator, else the last segment, else nothing', () => {
      for (const separator of [' | ', ' — ', ' – ', ' - ']) {
        expect(withoutSiteName(`A | B${separator}Site`, ['Site'])).to.equal('A | B');
        expect(withoutSiteName(`A${separator}Site`, [undefined, 'site'])).to.equal('A');
        expect(withoutSiteName(`A | B${separator}Other`, ['Site'])).to.equal('A | B');
      }
      expect(withoutSiteName('A-B, 2009–2010', [])).to.equal('A-B, 2009–2010');
      expect(withoutSiteName(' | Site', ['Site']), 'nothing left: kept whole').to.equal(' | Site');
    });
  });
});
