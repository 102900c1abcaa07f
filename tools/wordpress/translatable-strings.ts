import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A string the plugin shows, as gettext names it: its text and, for block.json's, its context. */
export interface Translatable {
  msgid: string;
  msgctxt?: string;
  /** Where it was found, for the build's error messages. */
  file: string;
}

const domain = 'refuge-widgets';

/** The gettext calls of WordPress's PHP this plugin may use, and their text-only forms it reads. */
const phpCall =
  /\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e|_x|_ex|_n|_nx|esc_html_x|esc_attr_x)\(/g;
const phpSimpleCall =
  /\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'([^']*)'\s*\)/g;
/** `wp.i18n`'s, likewise. */
const scriptCall = /\b(?:__|_x|_n|_nx)\(/g;
const scriptSimpleCall =
  /\b__\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*,\s*'([^']*)'\s*,?\s*\)/g;

/** A quoted string's text: only escaped quotes and backslashes are expected in ours. */
function unescape(literal: string, file: string): string {
  const text = literal.replace(/\\(['"\\])/g, '$1');
  if (text.includes('\\')) {
    throw new Error(
      `${file}: a translated string has an escape the translation check cannot read.`,
    );
  }
  return text;
}

/**
 * Every `__()` of a file, with a string literal and the plugin's domain. A gettext call written
 * otherwise (a variable, another domain, a context or a plural) is an error rather than a string
 * left out of the check: none is used today, and one that is needs this reader taught about it.
 */
function gettextCalls(
  source: string,
  file: string,
  calls: RegExp,
  simple: RegExp,
  literal: (match: RegExpMatchArray) => [text: string, domain: string],
): Translatable[] {
  const found = [...source.matchAll(simple)].map((match) => {
    const [text, callDomain] = literal(match);
    if (callDomain !== domain) throw new Error(`${file}: "${text}" is in domain "${callDomain}".`);
    return { msgid: unescape(text, file), file };
  });
  const all = source.match(calls)?.length ?? 0;
  if (all !== found.length) {
    throw new Error(
      `${file}: ${all - found.length} gettext call(s) the translation check cannot read: write ` +
        `__( 'text', '${domain}' ) with the text as one literal.`,
    );
  }
  return found;
}

/** The strings of the editor script's sources (`wp.i18n.__`). */
export function editorStrings(editorDir: string): Translatable[] {
  return readdirSync(editorDir)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .flatMap((name) => {
      const file = join(editorDir, name);
      return gettextCalls(
        readFileSync(file, 'utf8'),
        file,
        scriptCall,
        scriptSimpleCall,
        (match) => [match[1] ?? match[2] ?? '', match[3] ?? ''],
      );
    });
}

/**
 * The strings of the plugin's PHP, and of its header, which WordPress translates with the plugin's
 * text domain on the Plugins screen (its name and description).
 */
export function phpStrings(pluginDir: string, mainFile: string): Translatable[] {
  const files = readdirSync(pluginDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.php'))
    .sort()
    .map((name) => join(pluginDir, name));
  const calls = files.flatMap((file) =>
    gettextCalls(readFileSync(file, 'utf8'), file, phpCall, phpSimpleCall, (match) => [
      match[1] ?? '',
      match[2] ?? '',
    ]),
  );
  const main = join(pluginDir, mainFile);
  const header = [
    ...readFileSync(main, 'utf8').matchAll(/^ \* (?:Plugin Name|Description): +(.+)$/gm),
  ];
  return [...header.map((match) => ({ msgid: match[1] ?? '', file: main })), ...calls];
}

/** block.json's title, description and keywords, with the contexts WordPress translates them in. */
export function blockJsonStrings(path: string): Translatable[] {
  const block = JSON.parse(readFileSync(path, 'utf8')) as {
    title: string;
    description: string;
    keywords?: string[];
  };
  return [
    { msgid: block.title, msgctxt: 'block title', file: path },
    { msgid: block.description, msgctxt: 'block description', file: path },
    ...(block.keywords ?? []).map((msgid) => ({ msgid, msgctxt: 'block keyword', file: path })),
  ];
}
