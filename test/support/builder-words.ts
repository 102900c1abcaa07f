/**
 * What the builder shows an editor, read as text, and the words that must not be in it: the
 * attribute values and tag names of dist/custom-elements.json, and the technical terms below.
 */
import type { Builder } from './builder.js';

interface ManifestAttribute {
  name: string;
  type?: { text: string };
}

interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
}

/** The manifest's vocabulary: every tag, every attribute name and every listed value. */
export interface Vocabulary {
  tags: string[];
  names: string[];
  values: string[];
}

export async function manifestVocabulary(): Promise<Vocabulary> {
  const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as {
    modules: { declarations?: ManifestDeclaration[] }[];
  };
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName);
  const attributes = elements.flatMap((element) => element.attributes ?? []);
  const values = attributes.flatMap((attribute) =>
    [...(attribute.type?.text ?? '').matchAll(/'([^']*)'/g)].map((match) => match[1]!),
  );
  return {
    tags: elements.map((element) => element.tagName!),
    names: [...new Set(attributes.map((attribute) => attribute.name))],
    values: [...new Set(values)],
  };
}

/**
 * Technical terms an editor should not meet, English and Spanish, matched as whole words in any
 * case: the manifest's type names (boolean, string, enum, undefined, null, true, false), the
 * mechanisms the developer documentation explains options by (attribute, element, tag, shadow,
 * DOM, CSS, selector, query, manifest, prefers-color-scheme, color-scheme, URL, dist, JSON, npm,
 * CDN), developers' names for things the builder names otherwise (snippet: "code"; px: "on a
 * phone"), and the attribute names that are not everyday words (lang, theme, metric; hyphenated
 * ones are checked from the manifest). Not listed, on purpose: HTML, JavaScript, script, iframe:
 * the words editors' own CMSs use ("Custom HTML" blocks, "Embed" dialogs, "remove scripts"), which
 * tell them which code fits their site.
 */
export const technicalTerms = [
  'attribute',
  'attributes',
  'atributo',
  'atributos',
  'boolean',
  'booleano',
  'enum',
  'string',
  'undefined',
  'null',
  'true',
  'false',
  'element',
  'elemento',
  'tag',
  'shadow',
  'DOM',
  'CSS',
  'selector',
  'query',
  'manifest',
  'prefers-color-scheme',
  'color-scheme',
  'URL',
  'dist',
  'JSON',
  'npm',
  'CDN',
  'snippet',
  'snippets',
  'fragmento',
  'px',
  'lang',
  'theme',
  'metric',
];

/**
 * Every text the builder shows or says, in pieces (each text node, each option, and the labels,
 * titles and alternative texts of its elements), leaving out the code to copy (its text areas) and
 * the graphics themselves (the widgets in the previews and thumbnails speak to readers, in their
 * own shadow roots).
 */
export function builderTexts(builder: Builder): string[] {
  const root = builder.shadowRoot!;
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('textarea')) continue;
    texts.push(node.textContent ?? '');
  }
  for (const element of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
      const value = element.getAttribute(name);
      if (value) texts.push(value);
    }
  }
  return texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `word` as a whole word (letters, digits and hyphens around it are part of another word). */
const wholeWord = (word: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}-])${escape(word)}($|[^\\p{L}\\p{N}-])`, 'iu');

/**
 * What in `texts` an editor should not meet: a text that is an attribute value (a choice shown as
 * its value: `light`, `es`, with or without the default's mark), a value that is not an everyday
 * word (`court-grants`, `cc-by-4.0`) anywhere, a tag name, a hyphenated attribute name, a
 * technical term. Values that are everyday words (`light`, `dark`, `auto`, and the language codes
 * `en` and `es`, which are Spanish words) are checked only as whole texts.
 */
export function vocabularyProblems(texts: string[], { tags, names, values }: Vocabulary): string[] {
  const problems: string[] = [];
  const code = (word: string) => /[-.\d]/.test(word);
  for (const text of texts) {
    const bare = text.replace(/\s*\((default|predeterminado)\)$/i, '').toLowerCase();
    for (const value of values) {
      if (bare === value.toLowerCase()) problems.push(`“${text}” is the value ${value}`);
      else if (code(value) && wholeWord(value).test(text))
        problems.push(`“${text}” holds the value ${value}`);
    }
    for (const tag of tags) {
      if (text.toLowerCase().includes(tag)) problems.push(`“${text}” names <${tag}>`);
    }
    for (const word of [...names.filter(code), ...technicalTerms]) {
      if (wholeWord(word).test(text)) problems.push(`“${text}” says “${word}”`);
    }
  }
  return [...new Set(problems)];
}
