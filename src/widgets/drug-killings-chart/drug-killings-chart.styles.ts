import { css } from 'lit';

export const drugKillingsChartStyles = css`
  .chart-box {
    --_chart-ratio: 16 / 9;
  }
`;
