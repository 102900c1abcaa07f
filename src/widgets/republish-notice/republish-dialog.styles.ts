import { css } from 'lit';

/** The dialog's content; adopted into the shadow root when the dialog first opens. */
export const republishDialogStyles = css`
  h3 {
    margin: 1.25em 0 0.4em;
    font-size: 1em;
  }
  .rules {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .rules li + li {
    margin-block-start: 0.25em;
  }
  .dialog-license {
    margin: 0.6em 0 0;
    font-size: 0.9em;
  }
  .story {
    margin: 0;
  }
  .story div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .story dt {
    font-weight: 600;
  }
  .story dt::after {
    content: ':';
  }
  .story dd {
    margin: 0;
  }
  .preview {
    margin-block-start: 1.25em;
  }
  .preview summary {
    font-weight: 600;
    cursor: pointer;
  }
  .preview summary:focus-visible,
  .preview-story:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  /* A page of its own, in the dialog's type: readable, and scrolled apart from the dialog. */
  .preview-story {
    max-block-size: 24em;
    overflow: auto;
    padding: 0 1em;
    border: 1px solid var(--_border);
    border-radius: 4px;
    overflow-wrap: anywhere;
  }
  .preview-story h1 {
    font-size: 1.4em;
  }
  .preview-story img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .html-label {
    display: block;
    margin-block-start: 1.25em;
    font-weight: 600;
  }
  .help {
    margin: 0.2em 0 0.4em;
    font-size: 0.85em;
    color: var(--_muted);
  }
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 9em;
    margin: 0;
    padding: 0.5em;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: transparent;
    color: inherit;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.8em;
    line-height: 1.4;
    resize: vertical;
  }
  textarea:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-start: 0.75em;
  }
  .feedback {
    flex: 1 1 14em;
    margin: 0;
    font-size: 0.9em;
  }
  .feedback.copied::before {
    content: '✓ ';
    color: var(--_accent);
    font-weight: 700;
  }
  /* The Copy button looks like the notice's own button: see .primary in republish-notice.styles.ts,
     which is in the same shadow root. */
`;
