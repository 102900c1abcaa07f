import type { ChartSetup } from '../../core/chart/chart-controller.js';
import { ChartWidgetElement } from '../../core/chart/chart-element.js';
import type { ChartFrame } from '../../core/chart/chart-frame.js';
import type { ChartPalette } from '../../core/chart/chart-palette.js';
import type { ChartConfiguration } from '../../core/chart/chart-setup.js';
import { formatNumber } from '../../core/localize.js';
import { police } from '../../data/police.js';
import type { Figure } from '../../data/types.js';
import { messages } from './police-deaths-chart.messages.js';
import { policeDeathsChartStyles } from './police-deaths-chart.styles.js';

const csvRow = (period: string, { value, qualifier, confidence }: Figure) => [
  period,
  value,
  qualifier,
  confidence,
];

/**
 * The article's figures on Mexican police officers killed: about 900 from 2007 to mid-2009,
 * nearly 500 of them in 2008, and the calculated remainder, drawn as one bar in two parts.
 *
 * @tagname police-deaths-chart
 * @summary A bar of about 900 police officers killed, 2007 to mid-2009, nearly 500 of them in 2008.
 */
export class PoliceDeathsChart extends ChartWidgetElement {
  static override styles = [ChartWidgetElement.styles, policeDeathsChartStyles];

  protected override chartFrame(): ChartFrame {
    const text = messages[this.locale];
    const [total, in2008, other] = this.#formatted();
    return {
      title: text.title,
      description: text.description(total, in2008),
      summary: text.summary(total, in2008, other),
      points: [
        {
          datasetIndex: 0,
          index: 0,
          announcement: text.in2008(in2008),
          valueLabel: [text.nearly(in2008)],
        },
        {
          datasetIndex: 1,
          index: 0,
          announcement: text.other(other),
          valueLabel: [text.total(other), `(${this.coreMessages.calculated})`],
        },
      ],
      legend: [{ label: text.in2008(in2008) }, { label: text.other(other), pattern: true }],
      table: {
        caption: text.tableCaption,
        head: [text.periodHeader, text.countHeader],
        rows: [
          [text.wholePeriod, text.total(total)],
          [text.year2008, text.nearly(in2008)],
          [text.otherPeriod, text.calculatedFrom(total, in2008)],
        ],
      },
      notes: text.notes,
      sources: police.since2007.sources,
      csv: {
        filename: text.csvFilename,
        rows: [
          text.csvHeaders,
          csvRow(text.wholePeriod, police.since2007),
          csvRow(text.year2008, police.in2008),
          csvRow(text.otherPeriod, police.other),
        ],
      },
    };
  }

  override chartConfiguration(
    palette: ChartPalette,
    { barOptions, hatchPattern }: ChartSetup,
  ): ChartConfiguration<'bar'> {
    const text = messages[this.locale];
    const [, in2008, other] = this.#formatted();
    const sentences = [text.in2008(in2008), text.other(other)];
    const options = barOptions(palette, this.locale, (item) => sentences[item.datasetIndex] ?? '');
    return {
      type: 'bar',
      data: {
        labels: [text.wholePeriod],
        datasets: [
          { label: sentences[0], data: [police.in2008.value], backgroundColor: palette.accent },
          {
            label: sentences[1],
            data: [police.other.value],
            backgroundColor: hatchPattern(palette.accent),
            borderColor: palette.accent,
            borderWidth: 1,
          },
        ],
      },
      options: {
        ...options,
        indexAxis: 'y',
        scales: {
          x: { ...options.scales?.x, stacked: true, beginAtZero: true },
          // One bar, whose period the title already gives: its label would only take the width
          // the value labels need on a phone.
          y: { ...options.scales?.y, stacked: true, ticks: { display: false } },
        },
      },
    };
  }

  #formatted(): [total: string, in2008: string, other: string] {
    return [police.since2007.value, police.in2008.value, police.other.value].map((value) =>
      formatNumber(value, this.locale),
    ) as [string, string, string];
  }
}

// Declared with the class, not in the registration module, so that the package root, which
// registers nothing, still types document.querySelector('police-deaths-chart').
declare global {
  interface HTMLElementTagNameMap {
    'police-deaths-chart': PoliceDeathsChart;
  }
}
