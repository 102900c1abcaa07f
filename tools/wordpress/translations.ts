import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mo, po, type GetTextTranslations } from 'gettext-parser';
import type { Translatable } from './translatable-strings';

interface TranslationOptions {
  /** The committed translations, `<domain>-<locale>.po`: wordpress/languages. */
  sources: string;
  /** Where WordPress reads them in the plugin: its languages/ folder. */
  output: string;
  domain: string;
  /** Every string the plugin shows, all of which each .po must translate. */
  strings: Translatable[];
  /** The editor script's strings, and its handle: they also go to the script's JSON file. */
  script: { handle: string; strings: Translatable[] };
  /** English → Spanish pairs a Spanish .po must give exactly as they are (the builder's words). */
  sameSpanish: [english: string, spanish: string][];
}

/** gettext's key of a string: its context and text joined by EOT, as .mo files and Jed have it. */
const key = ({ msgctxt, msgid }: { msgctxt?: string; msgid: string }): string =>
  msgctxt ? `${msgctxt}\u0004${msgid}` : msgid;

/** Each translated string of a catalog by its key; a fuzzy or empty one is not translated. */
function translated(catalog: GetTextTranslations): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [msgctxt, entries] of Object.entries(catalog.translations)) {
    for (const entry of Object.values(entries)) {
      if (entry.msgid === '' || entry.comments?.flag?.includes('fuzzy')) continue;
      if (entry.msgstr.some((text) => text !== ''))
        found.set(key({ ...entry, msgctxt }), entry.msgstr);
    }
  }
  return found;
}

/**
 * What is wrong with one language's catalog: a string of the plugin it does not translate (readers
 * of that language would meet it in English, unnoticed), one it translates that the plugin no
 * longer has (a string changed in the code, whose new text is then the first kind), or a word of
 * the builder it translates otherwise.
 */
function problems(
  file: string,
  locale: string,
  entries: Map<string, string[]>,
  { strings, sameSpanish }: TranslationOptions,
): string[] {
  const wanted = new Set(strings.map(key));
  const missing = strings
    .filter((string) => !entries.has(key(string)))
    .map((string) => `${file} does not translate “${string.msgid}” (${string.file})`);
  const unused = [...entries.keys()]
    .filter((id) => !wanted.has(id))
    .map(
      (id) => `${file} translates “${id.replace('\u0004', ' | ')}”, which the plugin does not show`,
    );
  const different = locale.startsWith('es')
    ? sameSpanish
        .filter(
          ([english, spanish]) => entries.has(english) && entries.get(english)?.[0] !== spanish,
        )
        .map(
          ([english, spanish]) =>
            `${file} translates “${english}” as “${entries.get(english)?.[0]}”; the snippet builder says “${spanish}”`,
        )
    : [];
  return [...new Set([...missing, ...unused, ...different])];
}

/**
 * Compiles each language's .po into what WordPress loads: `<domain>-<locale>.mo`, read by
 * load_plugin_textdomain() for the PHP, the plugin's header and block.json, and
 * `<domain>-<locale>-<handle>.json`, the editor script's strings in the Jed 1.x form that
 * wp_set_script_translations() hands to `wp.i18n`. Stops the build, listing every problem, when a
 * catalog lacks one of the plugin's strings or holds one it no longer has. Returns the files written.
 */
export function compileTranslations(options: TranslationOptions): string[] {
  const { sources, output, domain, script } = options;
  const pattern = new RegExp(`^${domain}-([A-Za-z_]+)\\.po$`);
  const written: string[] = [];
  const errors: string[] = [];
  mkdirSync(output, { recursive: true });
  for (const name of readdirSync(sources).sort()) {
    const locale = name.match(pattern)?.[1];
    if (!locale) continue;
    const file = join(sources, name);
    const catalog = po.parse(readFileSync(file));
    const entries = translated(catalog);
    const found = problems(file, locale, entries, options);
    if (found.length > 0) {
      errors.push(...found);
      continue;
    }
    writeFileSync(join(output, `${domain}-${locale}.mo`), mo.compile(catalog));
    const messages = Object.fromEntries(
      script.strings.map((string) => [key(string), entries.get(key(string))]),
    );
    const jed = {
      domain: 'messages',
      locale_data: {
        messages: {
          '': {
            domain: 'messages',
            lang: locale,
            'plural-forms': catalog.headers['Plural-Forms'] ?? 'nplurals=2; plural=(n != 1);',
          },
          ...messages,
        },
      },
    };
    writeFileSync(join(output, `${domain}-${locale}-${script.handle}.json`), JSON.stringify(jed));
    written.push(`${domain}-${locale}.mo`, `${domain}-${locale}-${script.handle}.json`);
  }
  if (errors.length > 0) {
    throw new Error(`The plugin's translations are incomplete:\n  ${errors.join('\n  ')}`);
  }
  return written;
}
