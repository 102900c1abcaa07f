import { css } from 'lit';

export const asylumStatStyles = css`
  .stat {
    margin: 0;
    padding-block: 0.75em;
    border-block: 1px solid var(--_border);
  }
  .title {
    margin: 0 0 0.25em;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }
  .headline {
    margin: 0;
    font-size: 1.05em;
  }
  .value {
    display: block;
    font-size: 2.6em;
    line-height: 1.1;
    font-weight: 700;
    color: var(--asylum-stat-value-color, var(--_accent));
    font-variant-numeric: tabular-nums;
  }
  .proportion {
    margin-block: 0.75em 0.25em;
  }
  .proportion svg {
    display: block;
    inline-size: 100%;
    block-size: 1.25em;
    overflow: visible;
  }
  /* Outlined: the pale fill alone is under 3:1 against the page. */
  .cases {
    fill: var(--_track);
    stroke: var(--_muted);
  }
  .beyond {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 2;
    stroke-dasharray: 3 4;
  }
  .granted {
    fill: var(--asylum-stat-value-color, var(--_accent));
  }
  .proportion-labels {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .share,
  .context {
    margin-block: 0.5em 0;
  }
  .derived {
    font-size: 0.85em;
    color: var(--_muted);
  }
  /* Forced colours repaint text and boxes, not SVG marks: those take the system colours here. */
  @media (forced-colors: active) {
    .proportion svg {
      forced-color-adjust: none;
      --_track: Canvas;
      --_muted: GrayText;
      --asylum-stat-value-color: Highlight;
    }
    .cases {
      stroke: CanvasText;
    }
  }
`;
