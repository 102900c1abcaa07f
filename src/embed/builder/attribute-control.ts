import { html, nothing, type TemplateResult } from 'lit';
import type { OptionWords } from '../../core/editor-words.js';
import type { AttributeDescription } from '../widget-catalog.js';
import { chosenValue, optionChoices } from './option-choices.js';

/**
 * The form control for one documented attribute, in editors' words (`words`, from the widget's
 * `<tag>.editor.ts`): a checkbox for a boolean, a select of choices named by what they show for a
 * list (the default marked by `markDefault`), a text field otherwise. Its label names it alone; its
 * hint, said as its description, tells what the reader will see. An attribute without words yet
 * shows its own name, which the builder's test reports.
 */
export function renderAttributeControl(
  attribute: AttributeDescription,
  value: string | true | undefined,
  words: OptionWords | undefined,
  markDefault: (label: string) => string,
  setValue: (name: string, value: string | true) => void,
): TemplateResult {
  const id = `attribute-${attribute.name}`;
  const label = words?.label ?? attribute.name;
  const help = words?.hint ? html`<p class="help" id="${id}-help">${words.hint}</p>` : nothing;
  const describedBy = words?.hint ? `${id}-help` : nothing;
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
    const chosen = chosenValue(attribute, typeof value === 'string' ? value : undefined);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select
        id=${id}
        aria-describedby=${describedBy}
        @change=${(event: Event) => setValue(attribute.name, (event.target as HTMLSelectElement).value)}
      >
        ${optionChoices(attribute, words, markDefault).map(
          (choice) =>
            html`<option value=${choice.value} ?selected=${choice.value === chosen}>
              ${choice.label}
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
