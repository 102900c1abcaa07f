import type { Source } from './types.js';

// Publications cited by more than one widget. A source cited by one data module only lives in
// that module, so a page with one widget does not download the others' citations.

/** The article. Its exact date is not known (after 27 April 2009), so only the year is given. */
export const article = {
  title: 'Small numbers of Mexicans fleeing drug violence given refuge',
  publisher: 'The Center for Investigative Reporting (Reveal)',
  author: 'Andrew Becker',
  url: 'https://revealnews.org/article/small-numbers-of-mexicans-fleeing-drug-violence-given-refuge/',
  published: '2009',
} satisfies Source;

export const newClassOfRefugees = {
  title: 'Drug war creates new class of refugees',
  publisher: 'Los Angeles Times / The Center for Investigative Reporting',
  author: 'Andrew Becker and Patrick J. McDonnell',
  url: 'https://revealnews.org/article/mexicos-drug-war-creates-new-class-of-refugees/',
  published: '2009-03-04',
} satisfies Source;
