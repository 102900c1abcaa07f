import { css } from 'lit';

export const violenceTimelineStyles = css`
  .title {
    margin: 0 0 0.5em;
    font-weight: 700;
  }
  .events {
    margin: 0;
    padding: 0;
    list-style: none;
    border-inline-start: 2px solid var(--violence-timeline-line, var(--_border));
  }
  .event {
    position: relative;
    margin: 0 0 1em;
    padding-inline-start: 1em;
  }
  .event::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.4em;
    inset-block-start: 0.45em;
    inline-size: 0.7em;
    block-size: 0.7em;
    border-radius: 50%;
    background: var(--violence-timeline-marker, var(--_accent));
  }
  @media (forced-colors: active) {
    /* A background is repainted as Canvas: the marker keeps the system highlight instead. */
    .event::before {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
  .date {
    display: block;
    font-weight: 700;
    color: var(--violence-timeline-marker, var(--_accent));
  }
  .text {
    margin: 0.1em 0 0;
  }
  .event .source {
    margin-block-start: 0.2em;
  }
  /* Printed, each event's source addresses follow its links (issue #25). Here, not with the other
     print rules in dist/<tag>.css (tools/fallbacks/print-css.ts): a page rule reaches a source line
     (::part(source)) but not its links, and this widget has a line per event. */
  @media print {
    .source a[href]::after {
      content: ' (' attr(href) ')';
    }
  }
`;
