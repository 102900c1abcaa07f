import { css } from 'lit';

/** The notice, and the dialog's frame; the dialog's content brings its own styles. */
export const republishNoticeStyles = css`
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.25em;
    padding-block: 0.75em;
    border-block: 1px solid var(--_border);
  }
  .statement {
    flex: 1 1 18em;
    margin: 0;
  }
  .license {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    flex-basis: 100%;
    order: 1;
    margin: 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .license a {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }
  .badge {
    flex: none;
    inline-size: 6.5em;
    block-size: 2.29em;
  }
  .badge-box {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .badge-mark {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .badge-cc {
    fill: currentColor;
    font-size: 12px;
    font-weight: 700;
  }
  .badge-code {
    fill: currentColor;
    font-size: 12px;
    font-weight: 700;
  }

  button {
    font: inherit;
    line-height: 1.2;
    cursor: pointer;
    border-radius: 4px;
  }
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* The notice's button and the dialog's Copy button. */
  .primary {
    flex: none;
    padding: 0.55em 1em;
    border: 2px solid var(--republish-notice-button, var(--_accent));
    background: var(--republish-notice-button, var(--_accent));
    color: var(--republish-notice-button-text, light-dark(#ffffff, #16181d));
    font-weight: 600;
  }
  .primary:hover {
    text-decoration: underline;
  }

  dialog {
    --_surface: var(--refuge-bg, light-dark(#ffffff, #16181d));
    box-sizing: border-box;
    inline-size: min(42rem, 100vw - 1.5rem);
    max-inline-size: none;
    max-block-size: min(100dvh - 1.5rem, 60rem);
    margin: auto;
    padding: 1.25em;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface);
    color: var(--refuge-text, light-dark(#1b1d22, #eef0f4));
    overscroll-behavior: contain;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .dialog-header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 1em;
  }
  .dialog-title {
    margin: 0;
    font-size: 1.3em;
    line-height: 1.25;
  }
  /* Focused by script when the dialog opens, so a screen reader starts at the top; not a control. */
  .dialog-title:focus {
    outline: none;
  }
  .close {
    flex: none;
    padding: 0.35em 0.75em;
    border: 1px solid var(--_border);
    background: transparent;
    color: inherit;
  }
  .preparing {
    margin-block: 1.25em 0;
    color: var(--_muted);
  }
  .dialog-error {
    margin-block-start: 1.25em;
  }
`;
