/** What the <republish-notice> test files share: an article to copy, the notice's parts, the dialog. */
import { expect } from '@open-wc/testing';
import '../../src/widgets/republish-notice/republish-notice.js';
// Every widget, registered as a page that holds them registers them: the copy keeps those.
import '../../src/refuge-widgets.js';
import type { RepublishNotice } from '../../src/widgets/republish-notice/republish-notice.js';
import { captureEachTest } from '../support/console.js';
import { cleanUp, mount } from '../support/mount.js';
import { waitFor } from '../support/wait.js';

// Markup a publisher might have in an article body: what must survive, and what must not. It is
// added with innerHTML, so its <script> never runs here (and its hidden, lazy image is never
// fetched); every handler and URL that could run sets the canary, which must stay unset.
export const CANARY = '__republishCanary';
export const articleMarkup = `
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

export const ARTICLE_URL = 'https://news.example.org/2009/04/refuge/';

export function addArticle(markup = articleMarkup, id = 'story'): HTMLElement {
  const article = document.createElement('article');
  article.id = id;
  article.innerHTML = markup;
  document.body.append(article);
  return article;
}

/** Adds `<meta>`/`<link>` tags to the page's head for one test; removed by cleanUp. */
export function addHead(markup: string): void {
  const template = document.createElement('template');
  template.innerHTML = markup;
  for (const node of template.content.children) node.setAttribute('data-test-head', '');
  document.head.append(template.content);
}

export const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const dialogOf = (el: RepublishNotice) => el.shadowRoot!.querySelector('dialog')!;
export const focusedInShadow = (el: RepublishNotice) => el.shadowRoot!.activeElement;

/** Clicks the button and waits until the dialog shows the HTML (or the problem instead). */
export async function openDialog(el: RepublishNotice): Promise<HTMLDialogElement> {
  part(el, 'button')!.click();
  await waitFor(() => part(el, 'html') ?? part(el, 'dialog-error'), 'the dialog content');
  await el.updateComplete;
  return dialogOf(el);
}

export async function copiedHtml(el: RepublishNotice): Promise<string> {
  await openDialog(el);
  const area = part(el, 'html') as HTMLTextAreaElement | null;
  expect(area, 'the HTML text area').to.exist;
  return area!.value;
}

/** The copied HTML parsed in an inert document, for assertions (nothing in it runs or loads). */
export const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');

export function collect(type: string) {
  const events: CustomEvent[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent);
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}

export const mountNotice = (attributes = '', children = '') =>
  mount<RepublishNotice>(`<republish-notice ${attributes}>${children}</republish-notice>`);

/**
 * For each test of the calling suite: nothing thrown into the page, no script of the article run,
 * and the notices, articles and head tags it added removed. Returns what it captures (warnings).
 */
export function checkEachNoticeTest(): ReturnType<typeof captureEachTest> {
  const capture = captureEachTest();
  afterEach(() => {
    cleanUp('republish-notice', 'article', '[data-test-head]');
    expect(capture.uncaught.errors, 'nothing thrown into the page').to.deep.equal([]);
    expect((window as unknown as Record<string, unknown>)[CANARY], 'no script ran').to.equal(
      undefined,
    );
  });
  return capture;
}
