/**
 * What exactly each figure counts, in our words, by the figure's `id` (FACTS.md). Kept apart from
 * the figures themselves: a widget shows its own sentences, so a reader's page need not download
 * these; developers read them here.
 */
const governmentSeries =
  'Killings the Mexican federal government classified as presumably related to organized crime (executions, armed clashes, attacks on authorities). First released January 12, 2011; re-published by the Attorney General’s Office (PGR) January 11, 2012.';

export const definitions = {
  'court-grants':
    'Asylum grants to Mexicans in U.S. immigration courts in one year. The article does not name the year, so none is shown.',
  'court-cases':
    'Asylum cases from Mexicans that the immigration courts received in the same year.',
  'court-share': 'Share of cases granted, calculated from the two figures above.',
  'port-requests':
    'Mexicans who asked for asylum at U.S. ports of entry in fiscal 2008 (October 2007–September 2008), nearly double the year before.',
  'port-requests-q1':
    'Mexicans who asked for asylum at U.S. ports of entry in October–December 2008, most of them in El Paso and San Diego.',
  'police-since-2007':
    'Mexican police officers killed by drug violence from 2007 to the article’s date (mid-2009).',
  'police-2008': 'Of those, officers killed in 2008.',
  'police-other':
    'Officers killed in 2007 and in 2009 up to the article’s date: about 900 minus nearly 500.',
  'killings-2006-12': governmentSeries,
  'killings-2007': governmentSeries,
  'killings-2008': governmentSeries,
  'killings-2009': governmentSeries,
  'killings-2010': governmentSeries,
  'article-killed-since-2006':
    'People killed from December 2006 to mid-2009, as reported in the article.',
} as const satisfies Record<string, string>;
