import { expect } from '@open-wc/testing';
import '../../src/refuge-widgets.js';
import { frame } from '../support/frames.js';
import { widgetTags } from '../support/manifest.js';
import { frames } from '../support/wait.js';

// WCAG 1.4.10 and 1.4.12 for every widget: a phone-width page and a reader's text spacing.

describe('every widget: reflow at 320 px and text spacing', function () {
  this.timeout(30000);

  it('covers every widget of the manifest', () => {
    expect(widgetTags.length).to.be.at.least(5);
  });

  for (const tag of widgetTags) {
    it(`<${tag}> at 320 px: nothing wider than the page but the table's own scroll region; no clipped text with WCAG text spacing`, async () => {
      // A 320 px wide frame is a 320 px viewport in every engine (WebDriver cannot resize one).
      const iframe = await frame('/test/pages/phone.html', { width: '320px', height: '800px' });
      const win = iframe.contentWindow!;
      const element = win.document.createElement(tag) as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      element.setAttribute('show-table', '');
      win.document.getElementById('story')!.append(element);
      await win.customElements.whenDefined(tag);
      await element.updateComplete;
      await frames(2, win);
      const root = element.shadowRoot!;
      // WCAG 1.4.12's overrides, applied inside the shadow root as a reader's style sheet would be.
      const spacing = new (win as unknown as typeof globalThis).CSSStyleSheet();
      spacing.replaceSync(
        `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
         p { margin-block-end: 2em !important; }`,
      );
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
      await frames(2, win);

      // 320 px, less a classic scrollbar where the engine draws one (Firefox: 308).
      const viewport = win.document.documentElement.clientWidth;
      expect(viewport).to.be.within(300, 320);
      expect(
        win.document.documentElement.scrollWidth,
        'the page does not scroll sideways',
      ).to.be.at.most(viewport);
      const table = root.querySelector('.table-box');
      if (table) {
        expect(table.getAttribute('role')).to.equal('region');
        expect(table.getAttribute('aria-label')).to.not.equal(null);
        expect(table.getAttribute('tabindex')).to.equal('0');
      }
      for (const box of root.querySelectorAll<HTMLElement>('*')) {
        if (table?.contains(box) || box.closest('.visually-hidden, .swatches, svg, canvas, dialog'))
          continue;
        const rect = box.getBoundingClientRect();
        if (rect.width === 0) continue;
        expect(rect.right, `${nameOf(box)} within the page`).to.be.at.most(viewport + 0.5);
        const style = win.getComputedStyle(box);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
          expect(box.scrollWidth, `${nameOf(box)} is not clipped`).to.be.at.most(
            box.clientWidth + 1,
          );
          expect(box.scrollHeight, `${nameOf(box)} is not clipped`).to.be.at.most(
            box.clientHeight + 1,
          );
        }
      }
      iframe.remove();
    });
  }
});

function nameOf(element: Element): string {
  return `<${element.localName}${element.className ? ` class="${element.className}"` : ''}>`;
}
