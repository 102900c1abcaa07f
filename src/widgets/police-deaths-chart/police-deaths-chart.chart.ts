import type { ChartDefinition } from '../../core/chart/chart-definition.js';
import { formatNumber, type Locale } from '../../core/localize.js';
import { coreMessages } from '../../core/messages.js';
import { correctionsShown } from '../../data/corrections-shown.js';
import { police } from '../../data/police.js';
import type { Figure } from '../../data/types.js';
import { messages } from './police-deaths-chart.messages.js';

const csvRow = (period: string, { value, qualifier, confidence }: Figure) => [
  period,
  value,
  qualifier,
  confidence,
];

function formatted(locale: Locale): [total: string, in2008: string, other: string] {
  return [police.since2007.value, police.in2008.value, police.other.value].map((value) =>
    formatNumber(value, locale),
  ) as [string, string, string];
}

/**
 * About 900 police officers killed from 2007 to mid-2009, nearly 500 of them in 2008, and the
 * calculated remainder, drawn as one bar in two parts.
 */
export const policeDeathsChart: ChartDefinition = {
  // One horizontal bar and its axis: a wide box.
  aspectRatio: 3,
  // No labels on the left (one bar); on the right, half of "1,000" under the axis's end.
  plotInsets: { top: 0, right: 24, bottom: 28, left: 10 },

  frame(locale) {
    const text = messages[locale];
    const [total, in2008, other] = formatted(locale);
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
          valueLabel: [text.total(other), `(${coreMessages[locale].calculated})`],
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
      ...(correctionsShown && {
        figures: [police.since2007.id, police.in2008.id, police.other.id],
      }),
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
  },

  configuration(locale, palette, { barOptions, hatchPattern }) {
    const text = messages[locale];
    const [, in2008, other] = formatted(locale);
    const sentences = [text.in2008(in2008), text.other(other)];
    const options = barOptions(palette, locale, this.plotInsets, { axis: 'x', step: 200 });
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
  },
};
