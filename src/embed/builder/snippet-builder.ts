import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { localeFromTag, type Locale } from '../../core/localize.js';
import { registry } from '../registry.js';
import { renderAttributeControl } from './attribute-control.js';
import { readBuilderFiles, type BuilderFiles } from './builder-files.js';
import { messages } from './builder.messages.js';
import { renderChannelChoice } from './channel-choice.js';
import type { Channel } from './channels.js';
import { composeSnippets, type SnippetKind } from './compose-snippets.js';
import { optionWords } from './editor-words.js';
import { renderPreviewSection, type PreviewPage } from './preview-section.js';
import { showPreview } from './preview.js';
import { renderSnippetSection } from './snippet-section.js';
import type { WidgetChoice } from './snippets.js';
import { snippetBuilderStyles } from './snippet-builder.styles.js';
import { renderWidgetGallery } from './widget-gallery.js';

/**
 * The editors' snippet builder (dist/builder.html), in editors' words: pick a graphic from a
 * gallery, set its options (named by what the reader sees, from each widget's `<tag>.editor.ts`),
 * see it at phone and computer width on a light or dark page, in English or Spanish, and copy its
 * code. Internal to the builder page; not part of the library.
 */
export class SnippetBuilder extends LitElement {
  static override styles = snippetBuilderStyles;

  static override properties: PropertyDeclarations = {
    locale: { state: true },
    tag: { state: true },
    values: { state: true },
    page: { state: true },
    baseUrl: { state: true },
    channel: { state: true },
    files: { state: true },
    snippets: { state: true },
    status: { state: true },
  };

  declare locale: Locale;
  declare tag: string;
  declare values: Record<string, string | true>;
  /** The page the preview shows the graphic on: see preview-section.ts. */
  declare page: PreviewPage;
  declare baseUrl: string;
  declare channel: Channel;
  /** No snippet is offered before the files are read: one copied earlier would lack its fallback. */
  declare files: BuilderFiles | undefined;
  declare snippets: Record<SnippetKind, string>;
  declare status: Partial<Record<SnippetKind, string>>;

  #previewKey = '';

  constructor() {
    super();
    this.locale = localeFromTag(document.documentElement.lang) ?? 'en';
    this.tag = registry[0]?.tag ?? '';
    this.values = {};
    this.page = { theme: 'light', lang: this.locale };
    this.baseUrl = new URL('.', location.href).href;
    this.channel = 'current';
    this.files = undefined;
    this.snippets = { script: '', iframe: '', newsletter: '' };
    this.status = {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void readBuilderFiles().then((files) => {
      this.files = files;
      this.#updateSnippets();
    });
  }

  override render() {
    const text = messages[this.locale];
    const widget = registry.find((candidate) => candidate.tag === this.tag);
    return html`
      <div class="topbar">
        <h1>${text.title}</h1>
        <div class="field">
          <label for="ui-language">${text.interfaceLanguage}</label>
          <select id="ui-language" @change=${this.#onLocale}>
            ${(['en', 'es'] as const).map(
              (locale) =>
                html`<option value=${locale} ?selected=${locale === this.locale}>
                  ${text.languageNames[locale]}
                </option>`,
            )}
          </select>
        </div>
      </div>
      <p>${text.intro}</p>

      <form @submit=${(event: Event) => event.preventDefault()}>
        ${renderWidgetGallery({
          widgets: registry,
          chosen: this.tag,
          locale: this.locale,
          legend: text.widget,
          fallbacks: this.files?.fallbacks,
          choose: (tag) => this.#chooseWidget(tag),
        })}
        ${
          widget
            ? html`<fieldset>
                <legend>${text.options}</legend>
                ${widget.attributes.map((attribute) =>
                  renderAttributeControl(
                    attribute,
                    this.values[attribute.name],
                    optionWords(widget, attribute.name, this.locale),
                    text.byDefault,
                    (name, value) => this.#setValue(name, value),
                  ),
                )}
              </fieldset>`
            : nothing
        }
        <div class="field">
          <label for="base-url">${text.baseUrl}</label>
          <input
            id="base-url"
            type="url"
            .value=${this.baseUrl}
            aria-describedby="base-url-help"
            @change=${this.#onBaseUrl}
          />
          <p class="help" id="base-url-help">${text.baseUrlHelp}</p>
        </div>
        ${renderChannelChoice(this.baseUrl, this.channel, this.locale, (channel) => (this.channel = channel))}
      </form>

      ${renderPreviewSection(this.page, text, (page) => this.#setPage(page))}
      ${this.#renderSnippet('script', text.scriptSnippet, text.scriptHelp)}
      ${this.#renderSnippet('iframe', text.iframeSnippet, text.iframeHelp)}
      ${
        this.snippets.newsletter
          ? this.#renderSnippet('newsletter', text.newsletterSnippet, text.newsletterHelp)
          : nothing
      }
    `;
  }

  protected override updated(changed: PropertyValues): void {
    const key = JSON.stringify([this.tag, this.values, this.page]);
    if (key !== this.#previewKey) {
      this.#previewKey = key;
      void this.#renderPreviews();
    } else if (changed.has('baseUrl') || changed.has('channel')) {
      this.#updateSnippets();
    }
  }

  #renderSnippet(kind: SnippetKind, title: string, help: string) {
    return renderSnippetSection(
      {
        kind,
        title,
        help,
        snippet: this.snippets[kind],
        status: this.status[kind] ?? '',
        copyLabel: messages[this.locale].copy,
      },
      () => void this.#copy(kind),
    );
  }

  #onLocale(event: Event): void {
    this.locale = (event.target as HTMLSelectElement).value as Locale;
    document.documentElement.lang = this.locale;
    // The preview speaks the editor's language, unless the graphic's own is chosen.
    if (!this.values.lang) this.page = { ...this.page, lang: this.locale };
  }

  #chooseWidget(tag: string): void {
    this.tag = tag;
    this.values = {};
  }

  #onBaseUrl(event: Event): void {
    const value = (event.target as HTMLInputElement).value.trim();
    try {
      this.baseUrl = new URL(value.endsWith('/') ? value : `${value}/`).href;
    } catch {
      (event.target as HTMLInputElement).value = this.baseUrl;
    }
  }

  /** An option chosen: a chosen language or light or dark colors show in the preview too. */
  #setValue(name: string, value: string | true): void {
    this.values = { ...this.values, [name]: value };
    if (name === 'lang' && (value === 'en' || value === 'es')) {
      this.page = { ...this.page, lang: value };
    } else if (name === 'theme' && (value === 'light' || value === 'dark')) {
      this.page = { ...this.page, theme: value };
    }
  }

  /**
   * The preview's page changed: where the editor chose the graphic's language or light or dark
   * colors, the choice follows, so the code copied shows what the preview shows.
   */
  #setPage(page: PreviewPage): void {
    this.page = page;
    const values = { ...this.values };
    if (values.lang) values.lang = page.lang;
    if (values.theme === 'light' || values.theme === 'dark') values.theme = page.theme;
    this.values = values;
  }

  #choice(): WidgetChoice | undefined {
    const widget = registry.find((candidate) => candidate.tag === this.tag);
    return widget ? { widget, values: this.values } : undefined;
  }

  /**
   * Renders the chosen widget at both widths on the preview's page (its colors and language,
   * unless the options name them), then builds the snippets from what it rendered.
   */
  async #renderPreviews(): Promise<void> {
    const choice = this.#choice();
    if (!choice) return;
    const shown = {
      ...choice,
      values: { ...choice.values, lang: this.page.lang, theme: this.page.theme },
    };
    const previews = ['preview-phone', 'preview-desktop'].map((id) =>
      showPreview(this.renderRoot.querySelector<HTMLElement>(`#${id}`)!, shown),
    );
    const desktop = previews[1]!;
    await (desktop as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    this.#updateSnippets();
  }

  #updateSnippets(): void {
    const choice = this.#choice();
    const desktop = this.renderRoot.querySelector('#preview-desktop')?.firstElementChild;
    if (!choice || !desktop || !this.files) return;
    this.snippets = composeSnippets(choice, desktop, this.files, {
      baseUrl: this.baseUrl,
      channel: this.channel,
      lang: this.page.lang,
    });
    this.status = {};
  }

  /**
   * Copies a snippet and says so, visibly and in its live region; the region is emptied first, so
   * a second copy is announced again.
   */
  async #copy(kind: SnippetKind): Promise<void> {
    const text = messages[this.locale];
    this.status = {};
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(this.snippets[kind]);
      this.status = { [kind]: text.copied };
    } catch {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${kind}-snippet`)!;
      area.focus();
      area.select();
      this.status = { [kind]: text.copyFallback };
    }
  }
}
