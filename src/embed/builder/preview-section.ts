import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../core/localize.js';
import type { BuilderMessages } from './builder.messages.js';

/** The page the preview stands in for: its colors and its language. */
export interface PreviewPage {
  theme: 'light' | 'dark';
  lang: Locale;
}

/**
 * The preview: its toggles, as two small radio groups (a light or a dark page, an English or a
 * Spanish article), and the two frames, at phone and computer width, that snippet-builder.ts
 * renders the graphic into as it looks on that page (changing the matching option too where the
 * editor chose one).
 */
export function renderPreviewSection(
  page: PreviewPage,
  text: BuilderMessages,
  change: (page: PreviewPage) => void,
): TemplateResult {
  const group = <K extends keyof PreviewPage>(
    key: K,
    legend: string,
    choices: [PreviewPage[K], string][],
  ) =>
    html`<fieldset class="toggles" aria-describedby="preview-help">
      <legend>${legend}</legend>
      ${choices.map(
        ([value, label]) =>
          html`<label class="toggle">
            <input
              type="radio"
              name="preview-${key}"
              id="preview-${key}-${value}"
              .checked=${page[key] === value}
              @change=${() => change({ ...page, [key]: value })}
            />
            ${label}
          </label>`,
      )}
    </fieldset>`;
  return html`<h2>${text.preview}</h2>
    <div class="preview-controls">
      ${group('theme', text.previewColors, [
        ['light', text.previewLight],
        ['dark', text.previewDark],
      ])}
      ${group('lang', text.previewLanguage, [
        ['en', text.previewEnglish],
        ['es', text.previewSpanish],
      ])}
      <p class="help" id="preview-help">${text.previewHelp}</p>
    </div>
    <div class="previews ${page.theme}">
      <figure>
        <figcaption>${text.phone}</figcaption>
        <div class="frame phone" id="preview-phone" lang=${page.lang}></div>
      </figure>
      <figure>
        <figcaption>${text.desktop}</figcaption>
        <div class="frame desktop" id="preview-desktop" lang=${page.lang}></div>
      </figure>
    </div>`;
}
