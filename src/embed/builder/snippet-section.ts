import { html, type TemplateResult } from 'lit';

/** A snippet the editor copies: its kind names its ids (`#script-snippet`, `#copy-script`, …). */
export interface SnippetSection {
  kind: string;
  title: string;
  help: string;
  snippet: string;
  /** Said after Copy (a live region): copied, or how to copy by hand. */
  status: string;
  copyLabel: string;
}

/** A snippet's section: its title and help, the text to copy, and its Copy button and status. */
export function renderSnippetSection(
  { kind, title, help, snippet, status, copyLabel }: SnippetSection,
  copy: () => void,
): TemplateResult {
  return html`<section aria-labelledby="${kind}-title">
    <h2 id="${kind}-title">${title}</h2>
    <p class="help" id="${kind}-help">${help}</p>
    <textarea
      id="${kind}-snippet"
      readonly
      aria-labelledby="${kind}-title"
      aria-describedby="${kind}-help"
      .value=${snippet}
    ></textarea>
    <div class="copy-row">
      <button type="button" id="copy-${kind}" ?disabled=${!snippet} @click=${copy}>
        ${copyLabel} (${title})
      </button>
      <p role="status" id="${kind}-status" class=${status ? 'said' : ''}>${status}</p>
    </div>
  </section>`;
}
