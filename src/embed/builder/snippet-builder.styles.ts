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
  }
  form > :not(.gallery) {
    max-inline-size: 40rem;
  }
  /* The gallery: one card per graphic, the whole card its radio button's label. */
  .gallery {
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
  }
  .gallery legend {
    font-weight: 600;
  }
  .thumb {
    /* Holds its radio button, so that focusing it scrolls to the card, not elsewhere. */
    position: relative;
    display: grid;
    grid-template-rows: auto auto 1fr;
    gap: 0.25rem;
    padding: 0.5rem;
    border: 2px solid #c5c9d1;
    border-radius: 6px;
    cursor: pointer;
  }
  .thumb:has(input:checked) {
    border-color: #1b4f9c;
    background: #eef3fb;
  }
  /* A card or toggle shows its radio's keyboard focus. */
  .thumb:has(input:focus-visible),
  /* The radio button itself stays focusable and announced; its card shows the choice. */
  .thumb input {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-start: 0.5rem;
    opacity: 0;
    inline-size: 1px;
    block-size: 1px;
    margin: 0;
  }
  .picture {
    display: block;
    block-size: 7.5rem;
    overflow: hidden;
    border: 1px solid #dde0e6;
    background: #fff;
  }
  .picture img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    object-position: top;
  }
  /* A graphic without an image in the build shows itself at a third of its size. */
  .picture .live {
    display: block;
    inline-size: 300%;
    transform: scale(0.3333);
    transform-origin: top left;
    pointer-events: none;
  }
  .thumb .name {
    font-weight: 600;
  }
  .thumb .description {
    font-size: 0.8rem;
    font-weight: 400;
    color: #4d5360;
  }
  .preview-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: start;
    margin-block-end: 0.75rem;
  }
  .preview-controls .help {
    flex-basis: 100%;
  }
  .toggles {
    display: flex;
    gap: 0;
    padding: 0;
    border: 0;
  }
  .toggles legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .toggle {
    position: relative;
    padding: 0.3rem 0.8rem;
    border: 1px solid #6b7080;
    font-weight: 400;
    cursor: pointer;
  }
  .toggle:first-of-type {
    border-radius: 4px 0 0 4px;
  }
  .toggle:last-of-type {
    border-radius: 0 4px 4px 0;
  }
  .toggle:has(input:checked) {
    background: #1b4f9c;
    color: #fff;
  }
  .toggle input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
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
    color: #1b1d22;
    color-scheme: light;
  }
  /* A dark page, as a site in dark mode declares it: a widget left to follow the page turns dark. */
  .previews.dark .frame {
    background: #15171c;
    color: #e8eaee;
    color-scheme: dark;
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
  [role='status'].said {
    padding: 0.2rem 0.6rem;
    border-radius: 4px;
    background: #e3f1e6;
    color: #14532d;
    font-weight: 600;
  }
`;
