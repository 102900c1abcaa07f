import { css } from 'lit';

export const policeDeathsChartStyles = css`
  /* One horizontal bar and its axis: a wide box. */
  .chart-box {
    --_chart-ratio: 3 / 1;
  }
`;
