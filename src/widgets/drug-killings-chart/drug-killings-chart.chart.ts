import type { ChartDefinition } from '../../core/chart/chart-definition.js';
import { formatNumber } from '../../core/localize.js';
import { correctionsShown } from '../../data/corrections-shown.js';
import { killings } from '../../data/killings.js';
import { article } from '../../data/sources.js';
import { messages } from './drug-killings-chart.messages.js';

/**
 * The Mexican government's count of killings presumably related to organized crime, 2007–2010,
 * as bars, with December 2006 in the table note and the article's own figure kept apart.
 */
export const drugKillingsChart: ChartDefinition = {
  aspectRatio: 16 / 9,
  // Room for "20,000" on the left in a wide font, and for half a label above the top tick.
  plotInsets: { top: 12, right: 0, bottom: 28, left: 56 },

  frame(locale) {
    const text = messages[locale];
    const format = (value: number) => formatNumber(value, locale);
    return {
      title: text.title,
      description: text.description,
      summary: text.summary(
        killings.years.map((year) => text.yearValue(format(year.value), year.period)).join(', '),
      ),
      points: killings.years.map((year, index) => ({
        datasetIndex: 0,
        index,
        announcement: `${year.period}: ${text.tooltip(format(year.value))}`,
        valueLabel: [format(year.value)],
      })),
      table: {
        caption: text.tableCaption,
        head: [text.yearHeader, text.countHeader],
        rows: killings.years.map((year) => [year.period, format(year.value)]),
        note: text.tableNote(format(killings.december2006.value), format(killings.officialTotal)),
      },
      notes: text.notes(format(killings.reforma2009), format(killings.articleNearly.value)),
      sources: [...killings.years[0].sources, article],
      ...(correctionsShown && {
        figures: [killings.december2006, ...killings.years, killings.articleNearly].map(
          (figure) => figure.id,
        ),
      }),
      csv: {
        filename: text.csvFilename,
        rows: [
          text.csvHeaders,
          ...[killings.december2006, ...killings.years].map((year) => [
            year.period,
            year.value,
            year.qualifier,
            year.confidence,
          ]),
        ],
      },
    };
  },

  configuration(locale, palette, { barOptions }) {
    const text = messages[locale];
    const options = barOptions(palette, locale, this.plotInsets, { axis: 'y', step: 5000 });
    return {
      type: 'bar',
      data: {
        labels: killings.years.map((year) => year.period),
        datasets: [
          {
            label: text.datasetLabel,
            data: killings.years.map((year) => year.value),
            backgroundColor: palette.accent,
          },
        ],
      },
      options,
    };
  },
};
