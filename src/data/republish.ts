/** A Creative Commons license a publisher may name with `license` (FACTS.md, "republish"). */
export interface License {
  id: string;
  /** The license's proper name. */
  name: string;
  /** The short name Creative Commons uses on its badges and deeds, e.g. `CC BY-ND 4.0`. */
  abbreviation: string;
  deedUrl: string;
  /** NoDerivatives: the text may not be edited beyond style and length. */
  noDerivatives: boolean;
}

const deed = (path: string) => `https://creativecommons.org/licenses/${path}/`;

/**
 * The licenses a page may name. Which one the publisher uses is not known, so no default is
 * chosen: without `license`, no license is named.
 */
export const licenses: readonly License[] = [
  {
    id: 'cc-by-4.0',
    name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
    abbreviation: 'CC BY 4.0',
    deedUrl: deed('by/4.0'),
    noDerivatives: false,
  },
  {
    id: 'cc-by-sa-4.0',
    name: 'Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)',
    abbreviation: 'CC BY-SA 4.0',
    deedUrl: deed('by-sa/4.0'),
    noDerivatives: false,
  },
  {
    id: 'cc-by-nd-4.0',
    name: 'Creative Commons Attribution-NoDerivatives 4.0 International (CC BY-ND 4.0)',
    abbreviation: 'CC BY-ND 4.0',
    deedUrl: deed('by-nd/4.0'),
    noDerivatives: true,
  },
  {
    id: 'cc-by-nc-4.0',
    name: 'Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)',
    abbreviation: 'CC BY-NC 4.0',
    deedUrl: deed('by-nc/4.0'),
    noDerivatives: false,
  },
  {
    id: 'cc-by-nc-sa-4.0',
    name: 'Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International (CC BY-NC-SA 4.0)',
    abbreviation: 'CC BY-NC-SA 4.0',
    deedUrl: deed('by-nc-sa/4.0'),
    noDerivatives: false,
  },
  {
    id: 'cc-by-nc-nd-4.0',
    name: 'Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International (CC BY-NC-ND 4.0)',
    abbreviation: 'CC BY-NC-ND 4.0',
    deedUrl: deed('by-nc-nd/4.0'),
    noDerivatives: true,
  },
  {
    id: 'cc-by-nc-nd-3.0',
    name: 'Creative Commons Attribution-NonCommercial-NoDerivs 3.0 Unported (CC BY-NC-ND 3.0)',
    abbreviation: 'CC BY-NC-ND 3.0',
    deedUrl: deed('by-nc-nd/3.0'),
    noDerivatives: true,
  },
  {
    id: 'cc0-1.0',
    name: 'CC0 1.0 Universal (Public Domain Dedication)',
    abbreviation: 'CC0 1.0',
    deedUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
    noDerivatives: false,
  },
];

/** The license with this id, if it is one of `licenses` (ids are matched exactly, case-insensitively). */
export function findLicense(id: string | null | undefined): License | undefined {
  const wanted = id?.trim().toLowerCase();
  return licenses.find((license) => license.id === wanted);
}

/**
 * The license's deed in the reader's language: Creative Commons publishes every deed in Spanish
 * too, at `deed.es` beside the English one.
 */
export function deedUrl(license: License, language: 'en' | 'es'): string {
  return language === 'es' ? `${license.deedUrl}deed.es` : license.deedUrl;
}

/** The default credit for this story. */
export const defaultCredit = {
  author: 'Andrew Becker',
  publisher: 'The Center for Investigative Reporting (Reveal)',
} as const;
