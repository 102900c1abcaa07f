import {
  LitElement,
  html,
  render,
  type CSSResultGroup,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import { coreMessages, excerpt, type CoreMessages } from './messages.js';
import { observeLanguageChanges, resolveLocale, type Locale } from './localize.js';
import { widgetStyles } from './styles.js';
import type { Theme } from './theme.js';
import { version } from './version.js';

/** The detail of a `refuge-error` event. */
export interface WidgetErrorDetail {
  /** A stable, machine-readable code such as `invalid-metric`. */
  code: string;
  /** The message shown to readers, in the widget's language. */
  message: string;
}

/**
 * What every widget shares: language and theme resolution, the error state and the
 * `refuge-ready` / `refuge-error` events. A widget implements `renderContent()` and, when it has
 * attributes that can be wrong, `validate()`.
 *
 * @fires refuge-ready - Each time the widget has fully rendered.
 * @fires refuge-error - Once for each distinct problem: a wrong configuration (shown in place of the
 *   widget) or one the widget works around; `detail: { code, message }`.
 * @csspart base - The widget's box.
 * @csspart error - The message shown in place of the widget when its configuration is wrong.
 * @cssproperty --refuge-font - Font family. Default: inherited from the page.
 * @cssproperty --refuge-text - Text colour. Default: inherited from the page.
 * @cssproperty --refuge-muted - Colour of secondary text (source line, notes).
 * @cssproperty --refuge-bg - Background. Default: transparent, or the theme's surface when `theme` is set.
 * @cssproperty --refuge-accent - Colour of highlighted figures and marks.
 * @cssproperty --refuge-border - Colour of rules and outlines.
 */
export abstract class WidgetElement extends LitElement {
  /** Compared by `define()` when another copy of the library registered the tag first. */
  static readonly version = version;

  static override styles: CSSResultGroup = widgetStyles;

  static override properties: PropertyDeclarations = {
    lang: { type: String, reflect: true },
    theme: { type: String, reflect: true },
  };

  /**
   * `en` or `es` (any `es-*` tag means Spanish). When absent or not one of those, the closest
   * ancestor's `lang` decides, up to `<html lang>`; a page that changes its language later is
   * followed.
   * @type {'en' | 'es'}
   */
  declare lang: string;

  /**
   * `light`, `dark` or `auto` (follows the reader's `prefers-color-scheme`). When absent or
   * unknown, the widget follows the `color-scheme` of the page around it, live.
   * @type {'light' | 'dark' | 'auto' | undefined}
   */
  declare theme: Theme | undefined;

  /** The resolved language, set before each render. */
  protected locale: Locale = 'en';

  #configurationError: WidgetErrorDetail | undefined;
  #unexpectedError: WidgetErrorDetail | undefined;
  /** Every distinct problem reported so far, by `problemKey()`. */
  #reported = new Set<string>();
  /** The error shown in place of the content, by `problemKey()`. */
  #shownError: string | undefined;
  #stopObservingLanguage: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopObservingLanguage = observeLanguageChanges(() => {
      if (resolveLocale(this, this.lang) !== this.locale) this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObservingLanguage?.();
    this.#stopObservingLanguage = undefined;
  }

  /**
   * Lit rethrows errors from an update as an unhandled rejection in the host page. An embed must
   * never do that, so an unforeseen failure becomes the error state instead.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (error) {
      this.#failUnexpectedly(error);
    }
  }

  protected override willUpdate(): void {
    this.locale = resolveLocale(this, this.lang);
    this.#configurationError = this.validate();
  }

  protected override render(): TemplateResult {
    const error = this.#configurationError ?? this.#unexpectedError;
    if (error) return this.#renderError(error);
    try {
      return html`<div class="widget" part="base">${this.renderContent()}</div>`;
    } catch (failure) {
      this.#unexpectedError = this.#unexpectedErrorDetail(failure);
      return this.#renderError(this.#unexpectedError);
    }
  }

  protected override updated(): void {
    const error = this.#configurationError ?? this.#unexpectedError;
    const shown = error && problemKey(error);
    // An error that is no longer shown is forgotten: made again, it is reported again.
    if (this.#shownError !== shown) {
      if (this.#shownError) this.#reported.delete(this.#shownError);
      this.#shownError = shown;
    }
    if (error) {
      this.reportError(error);
      return;
    }
    this.contentRendered();
  }

  /** The widget's content; called only when `validate()` found nothing wrong. */
  protected abstract renderContent(): unknown;

  /** Checks the attributes; returns the error to show, or `undefined` when all is well. */
  protected validate(): WidgetErrorDetail | undefined {
    return undefined;
  }

  /**
   * Called after every successful render. Widgets that draw later (charts) override this and call
   * `announceReady()` themselves once drawing is done.
   */
  protected contentRendered(): void {
    this.announceReady();
  }

  protected announceReady(): void {
    this.dispatchEvent(new CustomEvent('refuge-ready', { bubbles: true, composed: true }));
  }

  /** The shared words in the widget's current language. */
  protected get coreMessages(): CoreMessages {
    return coreMessages[this.locale];
  }

  /** An error for an attribute whose value is not one of `accepted`; the value is shown as text. */
  protected invalidValue(
    attribute: string,
    value: string,
    accepted: readonly string[],
  ): WidgetErrorDetail {
    return {
      code: `invalid-${attribute}`,
      message: this.coreMessages.invalidValue(attribute, excerpt(value), accepted),
    };
  }

  #renderError(error: WidgetErrorDetail): TemplateResult {
    return html`<div class="widget" part="base">
      <p class="error" role="alert" part="error">
        <strong>${this.coreMessages.errorPrefix}</strong> ${error.message}
      </p>
    </div>`;
  }

  /**
   * The one way a problem reaches the page: fires `refuge-error` and warns, once for each distinct
   * problem, not on every re-render. The errors shown in place of the widget come here; widgets
   * call it themselves for problems that leave them usable (a chart that could not load, an address
   * the widget does without).
   */
  protected reportError(problem: WidgetErrorDetail): void {
    const key = problemKey(problem);
    if (this.#reported.has(key)) return;
    this.#reported.add(key);
    console.warn(`refuge-widgets: <${this.localName}> ${problem.code}: ${problem.message}`);
    this.dispatchEvent(
      new CustomEvent<WidgetErrorDetail>('refuge-error', {
        bubbles: true,
        composed: true,
        detail: { ...problem },
      }),
    );
  }

  #unexpectedErrorDetail(failure: unknown): WidgetErrorDetail {
    const reason = failure instanceof Error ? failure.message : String(failure);
    return {
      code: 'render-failed',
      message: `${this.coreMessages.renderFailed} (${excerpt(reason, 120)})`,
    };
  }

  /**
   * Shows the error state without going through the update that just failed (it may fail the
   * same way again), and reports it once.
   */
  #failUnexpectedly(failure: unknown): void {
    if (this.#unexpectedError) return;
    this.#unexpectedError = this.#unexpectedErrorDetail(failure);
    try {
      render(this.#renderError(this.#unexpectedError), this.renderRoot, this.renderOptions);
      this.reportError(this.#unexpectedError);
    } catch (error) {
      console.warn(`refuge-widgets: <${this.localName}> failed to render.`, error);
    }
  }
}

/** Two reports are the same problem when they say the same thing. */
const problemKey = ({ code, message }: WidgetErrorDetail) => `${code}\n${message}`;

declare global {
  interface GlobalEventHandlersEventMap {
    'refuge-ready': CustomEvent<undefined>;
    'refuge-error': CustomEvent<WidgetErrorDetail>;
  }
}
