import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { computeAccessibleName } from 'dom-accessibility-api';
import { choose, chooseGraphic, control, openBuilder, type Builder } from './support/builder.js';
import { builderTexts, manifestVocabulary, vocabularyProblems } from './support/builder-words.js';
import { widgets, widgetTags } from './support/manifest.js';
import { shadowText } from './support/shadow.js';
import { waitFor } from './support/wait.js';

// dist/builder.html in editors' words (issue #25, item 1): what it shows, its gallery, its preview
// toggles and its copy confirmation, driven as an editor drives them.

afterEach(() => document.querySelectorAll('body > iframe').forEach((node) => node.remove()));

const vocabulary = await manifestVocabulary();

/** The widget the computer-width preview shows. */
const previewed = (builder: Builder) =>
  control(builder, '#preview-desktop').firstElementChild as HTMLElement | null;

describe('dist/builder.html in editors’ words', () => {
  for (const locale of ['en', 'es'] as const) {
    it(`shows no attribute value, tag name or technical term, for every graphic (${locale})`, async () => {
      const { builder } = await openBuilder();
      await choose(builder, '#ui-language', locale);
      const problems: string[] = [];
      for (const widget of widgets) {
        await chooseGraphic(builder, widget.tag);
        // Each option is named in editors' words, with a hint: not by its attribute name.
        for (const name of widget.attributes) {
          const input = control<HTMLElement>(builder, `#attribute-${name}`);
          const label = computeAccessibleName(input);
          if (!label || label === name) problems.push(`<${widget.tag}> ${name}: no words`);
          if (!input.getAttribute('aria-describedby'))
            problems.push(`<${widget.tag}> ${name}: no hint`);
        }
        problems.push(
          ...vocabularyProblems(builderTexts(builder), vocabulary).map(
            (problem) => `<${widget.tag}>: ${problem}`,
          ),
        );
      }
      expect(problems).to.deep.equal([]);
    });
  }

  it('marks the default choice of every list, and names the others by what they show', async () => {
    const { builder } = await openBuilder();
    for (const [locale, mark] of [
      ['en', ' (default)'],
      ['es', ' (predeterminado)'],
    ] as const) {
      await choose(builder, '#ui-language', locale);
      await chooseGraphic(builder, 'asylum-stat');
      const labels = [...control<HTMLSelectElement>(builder, '#attribute-metric').options].map(
        (option) => option.text.trim(),
      );
      expect(labels).to.deep.equal(
        locale === 'en'
          ? [`Asylum grants in immigration court${mark}`, 'Requests at the border']
          : [`Asilos concedidos en las cortes de inmigración${mark}`, 'Solicitudes en la frontera'],
      );
      for (const select of builder.shadowRoot!.querySelectorAll<HTMLSelectElement>(
        'select[id^="attribute-"]',
      )) {
        const marked = [...select.options].filter((option) => option.text.trim().endsWith(mark));
        expect(marked.length, `#${select.id}: one default`).to.equal(1);
        expect(select.selectedOptions[0]!.text.trim().endsWith(mark), `#${select.id}`).to.equal(
          true,
        );
      }
    }
  });

  it('picks the graphic from a gallery of thumbnails, with the arrow keys', async () => {
    const { builder } = await openBuilder();
    const radios = [...builder.shadowRoot!.querySelectorAll<HTMLInputElement>('#widget input')];
    expect(radios.map((radio) => radio.type)).to.deep.equal(widgetTags.map(() => 'radio'));
    expect(radios.map((radio) => radio.value)).to.deep.equal([...widgetTags]);
    expect(computeAccessibleName(control(builder, '#widget'))).to.equal('Graphic');
    // Each card names its graphic; a chart's thumbnail is the build's image of it.
    for (const radio of radios) {
      expect(computeAccessibleName(radio), radio.value).to.match(/^[A-Z][^<]+ [A-Z]/);
      if (widgets.find((widget) => widget.tag === radio.value)!.isChart) {
        // The images are listed in dist/fallbacks.json, which the builder reads first.
        const image = await waitFor(() => {
          const shown = radio.closest('label')!.querySelector('img');
          return shown?.complete && shown.naturalWidth > 0 && shown;
        }, `${radio.value}'s image`);
        expect(new URL(image.src).pathname).to.equal(`/dist/images/${radio.value}.en.light.png`);
      }
    }

    radios[0]!.focus();
    expect(radios[0]!.checked).to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    await builder.updateComplete;
    expect(radios[1]!.checked, 'the arrow key moved the choice').to.equal(true);
    await waitFor(() => previewed(builder)?.localName === widgetTags[1], 'the preview to follow');
    await sendKeys({ press: 'ArrowLeft' });
    await builder.updateComplete;
    expect(radios[0]!.checked).to.equal(true);
    await waitFor(() => previewed(builder)?.localName === widgetTags[0], 'the preview to follow');
  });

  it('previews on a light or dark page, in English or Spanish, and the code follows a chosen option', async () => {
    const { builder } = await openBuilder();
    await chooseGraphic(builder, 'asylum-stat');
    const script = control<HTMLTextAreaElement>(builder, '#script-snippet');
    const frame = control(builder, '#preview-desktop');
    await waitFor(() => previewed(builder) && shadowText(previewed(builder)!), 'the preview');
    expect(previewed(builder)!.getAttribute('theme')).to.equal('light');
    expect(getComputedStyle(frame).colorScheme).to.equal('light');

    // Colors left to the page: the toggle shows both pages, and the code still leaves them out.
    control<HTMLInputElement>(builder, '#preview-theme-dark').click();
    await builder.updateComplete;
    await waitFor(() => previewed(builder)?.getAttribute('theme') === 'dark', 'a dark preview');
    expect(getComputedStyle(frame).colorScheme).to.equal('dark');
    await waitFor(() => script.value.includes('<asylum-stat '), 'the code');
    expect(script.value).not.to.contain('theme=');

    // Light colors chosen: the toggle changes the choice, and the code.
    await choose(builder, '#attribute-theme', 'light');
    expect(
      control<HTMLInputElement>(builder, '#preview-theme-light').checked,
      'the toggle follows the option',
    ).to.equal(true);
    control<HTMLInputElement>(builder, '#preview-theme-dark').click();
    await builder.updateComplete;
    expect(control<HTMLSelectElement>(builder, '#attribute-theme').value).to.equal('dark');
    await waitFor(() => script.value.includes('theme="dark"'), 'the code in dark colors');

    // The article's language: the preview speaks it, and the code names it.
    control<HTMLInputElement>(builder, '#preview-lang-es').click();
    await builder.updateComplete;
    await waitFor(() => /Fuente/.test(shadowText(previewed(builder)!)), 'a Spanish preview');
    await waitFor(() => script.value.includes('lang="es"'), 'the code in Spanish');
    control<HTMLInputElement>(builder, '#preview-lang-en').click();
    await builder.updateComplete;
    await waitFor(() => /Source/.test(shadowText(previewed(builder)!)), 'an English preview');
    await waitFor(() => script.value.includes('lang="en"'), 'the code in English');
  });

  for (const [locale, said] of [
    ['en', 'Copied. Now paste it into your article.'],
    ['es', 'Copiado. Ahora péguelo en su artículo.'],
  ] as const) {
    it(`confirms a copy visibly and in a live region, each time (${locale})`, async () => {
      const { builder, copied } = await openBuilder();
      await choose(builder, '#ui-language', locale);
      const button = control<HTMLButtonElement>(builder, '#copy-script');
      await waitFor(() => !button.disabled, 'the copy button');
      const region = control<HTMLElement>(builder, '#script-status');
      // A live region announces what changes in it, so it is there, empty, before the copy.
      const live =
        region.getAttribute('aria-live') ??
        (region.getAttribute('role') === 'status' ? 'polite' : null);
      expect(live).to.equal('polite');
      expect(region.textContent!.trim()).to.equal('');
      const seen: string[] = [];
      new MutationObserver(() => seen.push(region.textContent!.trim())).observe(region, {
        subtree: true,
        childList: true,
        characterData: true,
      });

      button.click();
      await waitFor(() => region.textContent!.trim() === said, 'the confirmation');
      expect(copied).to.have.length(1);
      expect(region.checkVisibility(), 'the confirmation is on screen').to.equal(true);
      expect(region.getBoundingClientRect().height).to.be.greaterThan(10);

      // Copied again: the region empties and fills again, so the copy is announced again.
      seen.length = 0;
      button.click();
      await waitFor(() => copied.length === 2 && seen.at(-1) === said, 'the second confirmation');
      expect(seen, 'the region was emptied first').to.include('');
    });
  }
});
