import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../core/localize.js';
import type { AttributeDescription } from '../widget-catalog.js';
import { messages } from './builder.messages.js';

/**
 * The form control for one documented attribute, made from its manifest description: a checkbox
 * for a boolean, a select for a list of values, a text field otherwise. Its label names it alone;
 * the attribute's documentation (English only) describes it.
 */
export function renderAttributeControl(
  attribute: AttributeDescription,
  value: string | true | undefined,
  locale: Locale,
  setValue: (name: string, value: string | true) => void,
): TemplateResult {
  const text = messages[locale];
  const id = `attribute-${attribute.name}`;
  const label = text.attributeLabels[attribute.name] ?? attribute.name;
  const help =
    locale === 'en' && attribute.description
      ? html`<p class="help" id="${id}-help">${attribute.description}</p>`
      : nothing;
  const describedBy = help === nothing ? nothing : `${id}-help`;
  if (attribute.kind === 'boolean') {
    return html`<label class="check">
        <input
          id=${id}
          type="checkbox"
          .checked=${value === true}
          aria-describedby=${describedBy}
          @change=${(event: Event) =>
            setValue(attribute.name, (event.target as HTMLInputElement).checked ? true : '')}
        />
        ${label}
      </label>
      ${help}`;
  }
  if (attribute.kind === 'enum') {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select
        id=${id}
        aria-describedby=${describedBy}
        @change=${(event: Event) => setValue(attribute.name, (event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!value}>${text.notSet}</option>
        ${attribute.values.map(
          (option) =>
            html`<option value=${option} ?selected=${value === option}>
              ${text.valueLabels[option] ?? option}
            </option>`,
        )}
      </select>
      ${help}
    </div>`;
  }
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type="text"
      .value=${typeof value === 'string' ? value : ''}
      aria-describedby=${describedBy}
      @change=${(event: Event) => setValue(attribute.name, (event.target as HTMLInputElement).value)}
    />
    ${help}
  </div>`;
}
