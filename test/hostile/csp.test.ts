import { expect } from '@open-wc/testing';
import { expectQuietPage } from '../support/console.js';
import { closePages } from '../support/frames.js';
import { settle, waitFor } from '../support/wait.js';
import { expectPageWorks, openPage, openRepublishDialog } from './support.js';

const page = 'csp-all.html';

describe('hostile page: strict CSP with Trusted Types (built dist/)', function () {
  this.timeout(60000);
  afterEach(closePages);

  it('renders every widget, draws every chart and fills the republish dialog with no violation', async () => {
    const win = await openPage(page);
    expect(win.__cspViolations, 'csp-record-violations.js ran').to.be.an('array');

    await expectPageWorks(win);

    const area = await openRepublishDialog(win);
    // The copy is the sanitized article (DOMPurify, through its Trusted Types policy): its text,
    // its widgets, and one script that loads the library.
    expect(area.value).to.contain('A first paragraph of the story');
    expect(area.value).to.contain('<drug-killings-chart>');
    expect(area.value.match(/<script\b/g), 'scripts in the copy').to.have.length(1);
    await settle(win);
    expectQuietPage(win);

    // The policy was really in force. Every engine under test (Chromium, Firefox ESR, WebKitGTK)
    // enforces Trusted Types; each of these two probes is a violation, so they come last.
    const header = (await fetch(`/test/hostile/pages/${page}`)).headers.get(
      'content-security-policy',
    );
    expect(header, 'the page’s Content-Security-Policy header').to.be.a('string');
    expect(header).to.contain("require-trusted-types-for 'script'");
    expect(header).to.contain('trusted-types lit-html dompurify');
    expect(() => win.document.body.insertAdjacentHTML('beforeend', '<b>untrusted</b>')).to.throw(
      /TrustedHTML|Sink type mismatch/, // Chromium and WebKit; Firefox
    );
    const inlineStyle = win.document.createElement('style');
    inlineStyle.textContent = 'body { color: rgb(1, 2, 3) }';
    win.document.head.append(inlineStyle);
    await waitFor(() => win.__cspViolations!.length >= 2, 'the inline style to be reported');
    expect(win.getComputedStyle(win.document.body).color, 'inline style applied').to.not.equal(
      'rgb(1, 2, 3)',
    );
    expect(win.__cspViolations!.map((line) => line.split(' ')[0])).to.deep.equal([
      'require-trusted-types-for',
      'style-src-elem',
    ]);
  });
});
