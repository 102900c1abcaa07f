import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/asylum-stat/asylum-stat.js';
import type { AsylumStat } from '../../src/widgets/asylum-stat/asylum-stat.js';
import { captureWarnings } from '../support/console.js';

/** The colour the headline figure is drawn in: it differs between the light and dark palettes. */
const valueColor = (el: AsylumStat) =>
  getComputedStyle(el.shadowRoot!.querySelector('[part="value"]')!).color;

/** The headline colours of the two palettes, read from widgets whose `theme` says which. */
async function paletteColours(): Promise<{ light: string; dark: string }> {
  const light = await fixture<AsylumStat>(html`<asylum-stat theme="light"></asylum-stat>`);
  const dark = await fixture<AsylumStat>(html`<asylum-stat theme="dark"></asylum-stat>`);
  return { light: valueColor(light), dark: valueColor(dark) };
}

/** The palette `el` is drawn in, told by the colour of its headline figure. */
async function drawnIn(el: AsylumStat): Promise<'light' | 'dark'> {
  const colours = await paletteColours();
  const colour = valueColor(el);
  expect([colours.light, colours.dark], 'one of the two palettes').to.include(colour);
  return colour === colours.dark ? 'dark' : 'light';
}

describe('theme', () => {
  it('is light or dark as the attribute says', async () => {
    const light = await fixture<AsylumStat>(html`<asylum-stat theme="light"></asylum-stat>`);
    const dark = await fixture<AsylumStat>(html`<asylum-stat theme="dark"></asylum-stat>`);
    expect(getComputedStyle(light).colorScheme).to.equal('light');
    expect(getComputedStyle(dark).colorScheme).to.equal('dark');
    expect(valueColor(light)).not.to.equal(valueColor(dark));
    const surface = getComputedStyle(dark.shadowRoot!.querySelector('.widget')!).backgroundColor;
    expect(surface, 'an explicit theme draws its own surface').to.equal('rgb(22, 24, 29)');
  });

  it('auto follows the reader’s prefers-color-scheme', async () => {
    const el = await fixture<AsylumStat>(html`<asylum-stat theme="auto"></asylum-stat>`);
    const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
    expect(getComputedStyle(el).colorScheme).to.equal('light dark');
    expect(await drawnIn(el)).to.equal(prefersDark ? 'dark' : 'light');
  });

  it('without the attribute, follows the host page’s color-scheme, live', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="color-scheme: light"><asylum-stat></asylum-stat></div>`,
    );
    const el = page.querySelector<AsylumStat>('asylum-stat')!;
    const lightColor = valueColor(el);
    expect(await drawnIn(el)).to.equal('light');

    // The site's own dark-mode toggle: no attribute on the widget changes.
    page.style.colorScheme = 'dark';
    expect(await drawnIn(el)).to.equal('dark');
    expect(valueColor(el)).not.to.equal(lightColor);
    const reference = await fixture<AsylumStat>(html`<asylum-stat theme="dark"></asylum-stat>`);
    expect(valueColor(el)).to.equal(valueColor(reference));
    const surface = getComputedStyle(el.shadowRoot!.querySelector('.widget')!).backgroundColor;
    expect(surface, 'it sits on the host’s own background').to.equal('rgba(0, 0, 0, 0)');
  });

  it('falls back as if absent for an unknown value, with no error', async () => {
    const warnings = captureWarnings();
    const page = await fixture<HTMLElement>(
      html`<div style="color-scheme: dark"><asylum-stat theme="purple"></asylum-stat></div>`,
    );
    warnings.restore();
    const el = page.querySelector<AsylumStat>('asylum-stat')!;
    expect(await drawnIn(el)).to.equal('dark');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(warnings.calls).to.have.length(0);
  });

  it('inherits the host page’s font and text colour unless a token is set', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="font-family: Georgia, serif; color: rgb(10, 20, 30)">
        <asylum-stat></asylum-stat>
        <asylum-stat style="--refuge-font: monospace; --refuge-text: rgb(200, 0, 0)"></asylum-stat>
      </div>`,
    );
    const [plain, tokens] = [...page.querySelectorAll<AsylumStat>('asylum-stat')];
    const plainBox = getComputedStyle(plain!.shadowRoot!.querySelector('.widget')!);
    expect(plainBox.fontFamily).to.equal('Georgia, serif');
    expect(plainBox.color).to.equal('rgb(10, 20, 30)');
    const tokenBox = getComputedStyle(tokens!.shadowRoot!.querySelector('.widget')!);
    expect(tokenBox.fontFamily).to.equal('monospace');
    expect(tokenBox.color).to.equal('rgb(200, 0, 0)');
  });
});
