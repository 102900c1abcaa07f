import { css } from 'lit';

/**
 * Styles every widget shares.
 *
 * Colours follow the `color-scheme` the element inherits: `light-dark()` picks a value for the
 * scheme in use, so a host page whose dark mode sets `color-scheme: dark` gets dark widgets the
 * moment its toggle flips, with no script. The `theme` attribute only sets `color-scheme` on the
 * host. Public tokens (`--refuge-*`) are read with fallbacks and never set here, so a publisher can
 * set one variable on `<article>` and every widget inside follows.
 *
 * Layout lives on the inner `.widget` box rather than on `:host`: the host page's own rules (even
 * `* { all: revert }`) beat `:host` rules, but cannot reach inside the shadow root.
 */
export const widgetStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light' i]) {
    color-scheme: light;
  }
  :host([theme='dark' i]) {
    color-scheme: dark;
  }
  :host([theme='auto' i]) {
    color-scheme: light dark;
  }

  .widget {
    /* Unset text, so the host's font and colour are inherited unless a token says otherwise.
       Letter and word spacing are inherited too: a reader's spacing reaches the text (WCAG 1.4.12). */
    font-family: var(--refuge-font);
    color: var(--refuge-text);
    background: var(--refuge-bg, transparent);
    --_muted: var(--refuge-muted, light-dark(#4d5360, #b4bac6));
    --_accent: var(--refuge-accent, light-dark(#a3261d, #ff8f80));
    --_border: var(--refuge-border, light-dark(#c9ccd3, #4a4f5c));
    --_track: light-dark(#e4e6ea, #343844);
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    margin: 0;
    padding: 0;
    line-height: 1.45;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    font-style: normal;
    overflow-wrap: anywhere;
  }
  /* An explicit theme draws its own surface; without one the widget sits on the host's background. */
  :host(:is([theme='light' i], [theme='dark' i], [theme='auto' i])) .widget {
    color: var(--refuge-text, light-dark(#1b1d22, #eef0f4));
    background: var(--refuge-bg, light-dark(#ffffff, #16181d));
    padding: 0.75em;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  a {
    color: inherit;
    text-decoration: underline;
  }
  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .source,
  .caveat {
    margin-block: 0.5em 0;
    font-size: 0.8em;
    color: var(--_muted);
  }

  .error {
    display: block;
    margin: 0;
    padding: 0.75em;
    border: 2px solid var(--_accent);
    border-radius: 4px;
    font-size: 0.95em;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
