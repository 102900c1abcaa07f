import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  fallbackHtmlAt,
  fallbackId,
  pickFallback,
  type FallbackEntry,
  type Fallbacks,
} from '../../core/fallback/fallbacks.js';
import { localeFromTag, type Locale } from '../../core/localize.js';
import { version } from '../../core/version.js';
import { article } from '../../data/sources.js';
import { registry } from '../registry.js';
import { renderAttributeControl } from './attribute-control.js';
import { messages } from './builder.messages.js';
import { renderChannelChoice } from './channel-choice.js';
import { channelAddresses, type Channel } from './channels.js';
import { newsletterSnippet } from './newsletter-snippet.js';
import { previewSummary, previewTitle, showPreview } from './preview.js';
import { renderSnippetSection } from './snippet-section.js';
import { iframeSnippet, scriptSnippet, type WidgetChoice } from './snippets.js';
import { snippetBuilderStyles } from './snippet-builder.styles.js';

type SnippetKind = 'script' | 'iframe' | 'newsletter';

/**
 * The editors' snippet builder (dist/builder.html): pick a widget, set its options with controls
 * generated from the manifest, see it live at phone and desktop width, copy a script or iframe
 * snippet. Internal to the builder page; not part of the library.
 */
export class SnippetBuilder extends LitElement {
  static override styles = snippetBuilderStyles;

  static override properties: PropertyDeclarations = {
    locale: { state: true },
    tag: { state: true },
    values: { state: true },
    baseUrl: { state: true },
    channel: { state: true },
    snippets: { state: true },
    status: { state: true },
  };

  declare locale: Locale;
  declare tag: string;
  declare values: Record<string, string | true>;
  declare baseUrl: string;
  declare channel: Channel;
  declare snippets: Record<SnippetKind, string>;
  declare status: Partial<Record<SnippetKind, string>>;

  #integrity: Record<string, string> | undefined;
  /** dist/fallbacks.json: what each widget shows readers without JavaScript (built with the library). */
  #fallbacks: Fallbacks | undefined;
  /** dist/prerendered.json: each widget as it looks once upgraded, for the script snippet. */
  #prerendered: Fallbacks | undefined;
  /** No snippet is offered before both files are read: one copied earlier would lack its fallback. */
  #filesRead = false;
  #previewKey = '';

  constructor() {
    super();
    this.locale = localeFromTag(document.documentElement.lang) ?? 'en';
    this.tag = registry[0]?.tag ?? '';
    this.values = {};
    this.baseUrl = new URL('.', location.href).href;
    this.channel = 'current';
    this.snippets = { script: '', iframe: '', newsletter: '' };
    this.status = {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void Promise.all([
      fetchJson<Record<string, string>>('integrity.json'),
      fetchJson<Fallbacks>('fallbacks.json'),
      fetchJson<Fallbacks>('prerendered.json'),
    ]).then(([integrity, fallbacks, prerendered]) => {
      this.#integrity = integrity;
      this.#fallbacks = fallbacks;
      this.#prerendered = prerendered;
      this.#filesRead = true;
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
                  ${messages[locale].valueLabels[locale]}
                </option>`,
            )}
          </select>
        </div>
      </div>
      <p>${text.intro}</p>

      <form @submit=${(event: Event) => event.preventDefault()}>
        <div class="field">
          <label for="widget">${text.widget}</label>
          <select id="widget" @change=${this.#onWidget}>
            ${registry.map(
              (candidate) =>
                html`<option value=${candidate.tag} ?selected=${candidate.tag === this.tag}>
                  ${candidate.summary} (&lt;${candidate.tag}&gt;)
                </option>`,
            )}
          </select>
        </div>
        ${
          widget
            ? html`<fieldset>
                <legend>${text.options}</legend>
                ${widget.attributes.map((attribute) =>
                  renderAttributeControl(
                    attribute,
                    this.values[attribute.name],
                    this.locale,
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

      <h2>${text.preview}</h2>
      <div class="previews">
        <figure>
          <figcaption>${text.phone}</figcaption>
          <div class="frame phone" id="preview-phone"></div>
        </figure>
        <figure>
          <figcaption>${text.desktop}</figcaption>
          <div class="frame desktop" id="preview-desktop"></div>
        </figure>
      </div>

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
    const key = JSON.stringify([this.tag, this.values]);
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
  }

  #onWidget(event: Event): void {
    this.tag = (event.target as HTMLSelectElement).value;
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

  #setValue(name: string, value: string | true): void {
    this.values = { ...this.values, [name]: value };
  }

  #choice(): WidgetChoice | undefined {
    const widget = registry.find((candidate) => candidate.tag === this.tag);
    return widget ? { widget, values: this.values } : undefined;
  }

  /** Renders the chosen widget at both widths, then builds the snippets from what it rendered. */
  async #renderPreviews(): Promise<void> {
    const choice = this.#choice();
    if (!choice) return;
    const previews = ['preview-phone', 'preview-desktop'].map((id) =>
      showPreview(this.renderRoot.querySelector<HTMLElement>(`#${id}`)!, choice),
    );
    const desktop = previews[1]!;
    await (desktop as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    this.#updateSnippets();
  }

  #updateSnippets(): void {
    const choice = this.#choice();
    const desktop = this.renderRoot.querySelector('#preview-desktop')?.firstElementChild;
    if (!choice || !desktop || !this.#filesRead) return;
    const fallback = this.#fallback(this.#fallbacks, choice);
    // The prerender is in one language, so the script snippet names it: a widget left to follow
    // the page's language could render in another and change size as it upgrades.
    const scriptChoice = { ...choice, values: { ...choice.values, lang: this.#language(choice) } };
    const prerendered = this.#fallback(this.#prerendered, scriptChoice);
    const baseUrl = channelAddresses(this.baseUrl, version)[this.channel];
    const options = {
      baseUrl,
      integrity: this.channel === 'pinned' ? this.#integrity : undefined,
    };
    this.snippets = {
      script: scriptSnippet(
        scriptChoice,
        prerendered ? fallbackHtmlAt(prerendered, baseUrl) : '',
        options,
      ),
      iframe: iframeSnippet(
        choice,
        {
          height: desktop.getBoundingClientRect().height,
          title: previewTitle(desktop, choice),
          fallbackId: fallback && fallbackId(choice.widget.tag, fallback),
        },
        options,
      ),
      newsletter: this.#newsletter(choice, desktop, baseUrl),
    };
    this.status = {};
  }

  /**
   * The email-newsletter snippet, from the widget's fallback in light colours (an email's page is
   * white), titled as the preview shows it; none for a widget without a fallback (the republish
   * notice, whose dialog an email cannot hold).
   */
  #newsletter(choice: WidgetChoice, preview: Element, baseUrl: string): string {
    const light = { ...choice, values: { ...choice.values, theme: 'light' } };
    const fallback = this.#fallback(this.#fallbacks, light);
    if (!fallback) return '';
    const words = messages[localeFromTag(this.#language(choice)) ?? 'en'];
    return newsletterSnippet(fallbackHtmlAt(fallback, baseUrl), {
      title: previewTitle(preview, choice),
      summary: previewSummary(preview),
      story: { url: article.url, label: words.readStory },
    });
  }

  /** The chosen language, else the builder's. */
  #language({ values }: WidgetChoice): string {
    return typeof values.lang === 'string' && values.lang ? values.lang : this.locale;
  }

  /**
   * The chosen widget's entry in `file` (dist/fallbacks.json or dist/prerendered.json): in the
   * chosen language (else the builder's), for the chosen theme and metric.
   */
  #fallback(file: Fallbacks | undefined, choice: WidgetChoice): FallbackEntry | undefined {
    const attributes = Object.fromEntries(
      Object.entries(choice.values).map(([name, value]) => [name, value === true ? '' : value]),
    );
    return pickFallback(file?.[choice.widget.tag], {
      ...attributes,
      lang: this.#language(choice),
    });
  }

  async #copy(kind: SnippetKind): Promise<void> {
    const text = messages[this.locale];
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

/** A JSON file of dist/, beside the builder page; undefined if it cannot be read. */
async function fetchJson<T>(file: string): Promise<T | undefined> {
  try {
    const response = await fetch(new URL(file, location.href));
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}
