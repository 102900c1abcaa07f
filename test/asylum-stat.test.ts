import { expect, fixture, html } from '@open-wc/testing';
import '../src/widgets/asylum-stat/asylum-stat.js';
import type { AsylumStat } from '../src/widgets/asylum-stat/asylum-stat.js';
import { article, newClassOfRefugees } from '../src/data/sources.js';
import { captureEachTest } from './support/console.js';
import { shadowText } from './support/shadow.js';
import { pause } from './support/wait.js';

const value = (el: Element) => el.shadowRoot!.querySelector('[part="value"]')!.textContent!.trim();
const sourceLinks = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="source"] a')].map((a) => a.href);

describe('<asylum-stat>', () => {
  describe('court-grants (the default)', () => {
    it('shows 71 grants against more than 3,000 cases, in English', async () => {
      const el = await fixture<AsylumStat>(html`<asylum-stat lang="en"></asylum-stat>`);
      expect(value(el)).to.equal('71');
      const text = shadowText(el);
      expect(text).to.contain('asylum grants in one year, out of more than 3,000 cases');
      expect(text).to.contain('Fewer than 1 in 40 cases ended in asylum (under 2.4%)');
      expect(text).to.contain('(calculated)');
      expect(text).to.match(/withdraw/);
      expect(text).not.to.match(
        /FY ?2008|fiscal 2008/i,
        'the article names no year for these figures',
      );
      expect(sourceLinks(el)).to.deep.equal([article.url]);
    });

    it('says the same in Spanish, with the qualifier and es-MX number format', async () => {
      const el = await fixture<AsylumStat>(html`<asylum-stat lang="es"></asylum-stat>`);
      expect(value(el)).to.equal('71');
      const text = shadowText(el);
      expect(text).to.contain('frente a más de 3,000 casos');
      expect(text).to.contain('Menos de 1 de cada 40 casos');
      expect(text).to.contain('(calculado)');
      expect(text).to.contain('Fuente:');
    });

    it('draws the granted share against a bar that stays open-ended for "more than"', async () => {
      const el = await fixture<AsylumStat>(html`<asylum-stat></asylum-stat>`);
      const granted = el.shadowRoot!.querySelector('.granted')!;
      const cases = el.shadowRoot!.querySelector('.cases')!;
      const grantedShare = parseFloat(granted.getAttribute('width')!);
      const casesShare = parseFloat(cases.getAttribute('width')!);
      expect(grantedShare / casesShare).to.be.closeTo(71 / 3000, 1e-9);
      expect(el.shadowRoot!.querySelector('.beyond'), 'dashed continuation past 3,000').to.exist;
    });

    it('treats an empty metric as the default', async () => {
      const el = await fixture<AsylumStat>(html`<asylum-stat metric="  "></asylum-stat>`);
      expect(value(el)).to.equal('71');
    });
  });

  describe('port-requests', () => {
    it('shows almost 200 requests at ports of entry in fiscal 2008', async () => {
      const el = await fixture<AsylumStat>(
        html`<asylum-stat metric="port-requests" lang="en"></asylum-stat>`,
      );
      expect(value(el)).to.equal('Almost 200');
      const text = shadowText(el);
      expect(text).to.contain('fiscal 2008');
      expect(text).to.contain('Fiscal 2008 ran from October 2007 to September 2008.');
      expect(text).to.contain('nearly double');
      expect(text).to.contain('another 70 asked');
      expect(sourceLinks(el)).to.deep.equal([newClassOfRefugees.url]);
    });

    it('in Spanish', async () => {
      const el = await fixture<AsylumStat>(
        html`<asylum-stat metric="port-requests" lang="es-MX"></asylum-stat>`,
      );
      expect(value(el)).to.equal('Casi 200');
      expect(shadowText(el)).to.contain('casi el doble');
    });

    it('switches when a developer sets the property', async () => {
      const el = await fixture<AsylumStat>(html`<asylum-stat></asylum-stat>`);
      el.metric = 'port-requests';
      await el.updateComplete;
      expect(value(el)).to.equal('Almost 200');
      expect(el.getAttribute('metric')).to.equal('port-requests');
    });
  });

  describe('bad input', () => {
    const capture = captureEachTest();

    it('shows a visible, accessible error listing the valid metrics, fires refuge-error and warns once', async () => {
      const events: CustomEvent[] = [];
      const listener = (event: Event) => events.push(event as CustomEvent);
      document.addEventListener('refuge-error', listener);
      const el = await fixture<AsylumStat>(html`<asylum-stat metric="deaths"></asylum-stat>`);
      document.removeEventListener('refuge-error', listener);

      const error = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('“deaths” is not a valid metric');
      expect(error.textContent).to.contain('court-grants, port-requests');
      expect(el.shadowRoot!.querySelector('[part="value"]')).to.equal(null);
      expect(events).to.have.length(1);
      expect(events[0]!.detail.code).to.equal('invalid-metric');
      expect(events[0]!.composed && events[0]!.bubbles).to.equal(true);
      expect(capture.warnings.calls).to.have.length(1);

      el.requestUpdate();
      await el.updateComplete;
      expect(
        capture.warnings.calls,
        're-rendering the same error does not warn again',
      ).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('renders HTML in an attribute as text and never runs it', async () => {
      const payload =
        '<img src=x onerror="window.__asylumCanary=1"><script>window.__asylumCanary=1</script>';
      const el = await fixture<AsylumStat>(html`<asylum-stat metric=${payload}></asylum-stat>`);
      // Proves that the payload does NOT run, even a little after rendering (an image's onerror).
      await pause(50);
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('<img');
      expect((window as unknown as Record<string, unknown>).__asylumCanary).to.equal(undefined);
    });

    it('keeps the message short for a 5,000-character value', async () => {
      const el = await fixture<AsylumStat>(
        html`<asylum-stat metric=${'x'.repeat(5000)}></asylum-stat>`,
      );
      const message = el.shadowRoot!.querySelector('[part="error"]')!.textContent!;
      expect(message.length).to.be.below(300);
      expect(message).to.contain('…');
    });

    it('recovers when the attribute is corrected', async () => {
      const el = await fixture<AsylumStat>(html`<asylum-stat metric="nope"></asylum-stat>`);
      el.setAttribute('metric', 'port-requests');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(value(el)).to.equal('Almost 200');
      expect(capture.uncaught.errors).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    for (const [metric, lang, theme] of [
      ['court-grants', 'en', 'light'],
      ['court-grants', 'es', 'dark'],
      ['port-requests', 'en', 'dark'],
      ['port-requests', 'es', 'light'],
    ]) {
      it(`passes axe: ${metric}, ${lang}, ${theme}`, async () => {
        const el = await fixture<AsylumStat>(
          html`<asylum-stat metric=${metric!} lang=${lang!} theme=${theme!}></asylum-stat>`,
        );
        await expect(el).to.be.accessible();
      });
    }

    it('keeps the headline figure as real text, read together with its sentence', async () => {
      const el = await fixture<AsylumStat>(html`<asylum-stat></asylum-stat>`);
      const headline = el.shadowRoot!.querySelector('.headline')!;
      expect(headline.contains(el.shadowRoot!.querySelector('[part="value"]'))).to.equal(true);
      expect(el.shadowRoot!.querySelector('.proportion')!.getAttribute('aria-hidden')).to.equal(
        'true',
      );
    });
  });

  describe('no-JS fallback', () => {
    it('hides the light-DOM fallback sentence once it renders', async () => {
      const el = await fixture<AsylumStat>(
        html`<asylum-stat
          ><p id="fallback">71 asylum grants against more than 3,000 cases.</p></asylum-stat
        >`,
      );
      const fallback = el.querySelector('#fallback') as HTMLElement;
      expect(fallback.getClientRects().length, 'not rendered: there is no slot').to.equal(0);
    });
  });

  describe('lifecycle', () => {
    it('fires refuge-ready after each render, and keeps working when moved', async () => {
      let ready = 0;
      const count = () => (ready += 1);
      document.addEventListener('refuge-ready', count);
      const el = await fixture<AsylumStat>(html`<asylum-stat></asylum-stat>`);
      expect(ready).to.equal(1);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      el.lang = 'es';
      await el.updateComplete;
      document.removeEventListener('refuge-ready', count);
      expect(ready).to.equal(2);
      expect(shadowText(el)).to.contain('más de 3,000');
    });
  });
});
