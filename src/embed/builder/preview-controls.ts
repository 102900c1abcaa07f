import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../core/localize.js';
import type { BuilderMessages } from './builder.messages.js';

/** The page the preview stands in for: its colors and its language. */
export interface PreviewPage {
  theme: 'light' | 'dark';
  lang: Locale;
}

/**
 * The preview's toggles, as two small radio groups: a light or a dark page, an English or a
 * Spanish article. The builder shows the graphic as it looks there, and changes the matching
 * option too where the editor chose one (snippet-builder.ts).
 */
export function renderPreviewControls(
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
  return html`<div class="preview-controls">
    ${group('theme', text.previewColors, [
      ['light', text.previewLight],
      ['dark', text.previewDark],
    ])}
    ${group('lang', text.previewLanguage, [
      ['en', text.previewEnglish],
      ['es', text.previewSpanish],
    ])}
    <p class="help" id="preview-help">${text.previewHelp}</p>
  </div>`;
}
