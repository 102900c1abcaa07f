import { expect, fixture, html } from '@open-wc/testing';
import {
  formatNumber,
  formatPartialDate,
  formatPercent,
  localeFromTag,
  resolveLocale,
} from '../../src/core/localize.js';
import '../../src/widgets/asylum-stat/asylum-stat.js';
import type { AsylumStat } from '../../src/widgets/asylum-stat/asylum-stat.js';
import { shadowText } from '../support/shadow.js';
import { pause, waitFor } from '../support/wait.js';

describe('localize', () => {
  describe('localeFromTag', () => {
    it('maps es and es-* to Spanish, en and en-* to English, anything else to nothing', () => {
      expect(localeFromTag('es')).to.equal('es');
      expect(localeFromTag('es-MX')).to.equal('es');
      expect(localeFromTag(' ES-419 ')).to.equal('es');
      expect(localeFromTag('en-GB')).to.equal('en');
      expect(localeFromTag('fr')).to.equal(undefined);
      expect(localeFromTag('espanol')).to.equal(undefined);
      expect(localeFromTag('')).to.equal(undefined);
      expect(localeFromTag(null)).to.equal(undefined);
    });
  });

  describe('resolveLocale', () => {
    let htmlLang: string | null;
    beforeEach(() => (htmlLang = document.documentElement.getAttribute('lang')));
    afterEach(() => {
      if (htmlLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', htmlLang);
    });

    it('uses the element’s own lang first', async () => {
      const root = await fixture(html`<div lang="en"><span lang="es"></span></div>`);
      expect(resolveLocale(root.querySelector('span')!)).to.equal('es');
    });

    it('then the closest ancestor’s lang, where anything but es-* means English', async () => {
      const root = await fixture(
        html`<div lang="es">
          <p lang="fr"><span></span></p>
          <p><b></b></p>
        </div>`,
      );
      expect(resolveLocale(root.querySelector('span')!)).to.equal('en');
      expect(resolveLocale(root.querySelector('b')!)).to.equal('es');
    });

    it('treats an unknown own value as absent', async () => {
      const root = await fixture(html`<div lang="es-MX"><span lang="klingon"></span></div>`);
      expect(resolveLocale(root.querySelector('span')!)).to.equal('es');
    });

    it('then <html lang>, also from inside another component’s shadow root', async () => {
      document.documentElement.setAttribute('lang', 'es');
      const host = await fixture(html`<div></div>`);
      const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
      expect(resolveLocale(inner)).to.equal('es');
      document.documentElement.setAttribute('lang', 'de');
      expect(resolveLocale(inner)).to.equal('en');
    });

    it('is English when nothing declares a language', async () => {
      document.documentElement.removeAttribute('lang');
      const el = await fixture(html`<span></span>`);
      expect(resolveLocale(el)).to.equal('en');
    });
  });

  describe('live language changes', () => {
    it('follows an ancestor whose lang changes after render', async () => {
      const root = await fixture(html`<section lang="en"><asylum-stat></asylum-stat></section>`);
      const stat = root.querySelector<AsylumStat>('asylum-stat')!;
      expect(shadowText(stat)).to.contain('more than 3,000');
      root.setAttribute('lang', 'es');
      await waitFor(() => shadowText(stat).includes('más de 3,000'), 'the Spanish text');
    });

    it('follows <html lang> and stops listening once removed', async () => {
      const before = document.documentElement.getAttribute('lang');
      const stat = await fixture<AsylumStat>(html`<asylum-stat></asylum-stat>`);
      document.documentElement.setAttribute('lang', 'es-MX');
      await waitFor(() => shadowText(stat).includes('más de 3,000'), 'the Spanish text');

      stat.remove();
      document.documentElement.setAttribute('lang', 'en');
      // Proves that the detached widget does NOT react: the language observer would have by now.
      await pause(0);
      expect(stat.isUpdatePending, 'a detached widget is not re-rendered').to.equal(false);
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    });
  });

  describe('formatting', () => {
    it('formats counts for en-US and es-MX (comma thousands in both)', () => {
      expect(formatNumber(3000, 'en')).to.equal('3,000');
      expect(formatNumber(3000, 'es')).to.equal('3,000');
      expect(formatNumber(15273, 'es')).to.equal('15,273');
    });

    it('formats dates to the precision given, never more', () => {
      expect(formatPartialDate('2006-12', 'en')).to.equal('December 2006');
      expect(formatPartialDate('2006-12', 'es')).to.equal('diciembre de 2006');
      expect(formatPartialDate('2009-02-20', 'en')).to.equal('February 20, 2009');
      expect(formatPartialDate('2009-02-20', 'es')).to.equal('20 de febrero de 2009');
      expect(formatPartialDate('2008', 'es')).to.equal('2008');
    });

    it('formats shares as percentages', () => {
      expect(formatPercent(0.024, 'en')).to.equal('2.4%');
      expect(formatPercent(0.024, 'es')).to.match(/^2\.4\s?%$/);
    });
  });
});
