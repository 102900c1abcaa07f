import { css } from 'lit';

export const snippetBuilderStyles = css`
  :host {
    display: block;
    max-inline-size: 72rem;
    margin-inline: auto;
    padding: 1rem;
    font:
      1rem/1.5 system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      sans-serif;
    color: #1b1d22;
  }
  h1 {
    margin-block: 0 0.25rem;
  }
  h2 {
    font-size: 1.15rem;
    margin-block: 1.5rem 0.5rem;
  }
  .topbar {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: end;
    justify-content: space-between;
  }
  form {
    display: grid;
    gap: 0.75rem;
    max-inline-size: 40rem;
  }
  fieldset {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0.75rem;
    border: 1px solid #8a8f99;
    border-radius: 4px;
  }
  /* A label names its control and nothing else; the help below it is the control's description. */
  .field {
    display: grid;
    gap: 0.2rem;
  }
  label {
    font-weight: 600;
  }
  label.check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .help {
    margin: 0;
    font-size: 0.875rem;
    font-weight: 400;
    color: #4d5360;
  }
  select,
  input[type='text'],
  input[type='url'],
  textarea,
  button {
    font: inherit;
  }
  select,
  input[type='text'],
  input[type='url'] {
    padding: 0.35rem;
    border: 1px solid #6b7080;
    border-radius: 4px;
  }
  .previews {
    display: flex;
    flex-wrap: wrap;
    gap: 1.5rem;
    align-items: start;
  }
  .previews figure {
    margin: 0;
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .previews figcaption {
    font-size: 0.875rem;
    color: #4d5360;
  }
  .frame {
    padding: 0.5rem;
    border: 1px dashed #8a8f99;
    background: #fff;
  }
  .phone {
    inline-size: 360px;
  }
  .desktop {
    inline-size: 720px;
  }
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 9rem;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace;
    font-size: 0.8rem;
  }
  .copy-row {
    display: flex;
    gap: 1rem;
    align-items: center;
    margin-block-start: 0.5rem;
  }
  button {
    padding: 0.4rem 1rem;
    border: 0;
    border-radius: 4px;
    background: #1b4f9c;
    color: #fff;
    cursor: pointer;
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  textarea:focus-visible {
    outline: 3px solid #1b4f9c;
    outline-offset: 2px;
  }
  [role='status'] {
    margin: 0;
    min-block-size: 1.5em;
  }
`;
