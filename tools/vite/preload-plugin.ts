import remapping from '@jridgewell/remapping';
import MagicString from 'magic-string';
import { dirname, relative } from 'node:path';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/** The chunks `file` imports statically, and theirs, in the bundle. */
function staticClosure(bundle: OutputBundle, file: string, seen = new Set<string>()): Set<string> {
  const chunk = bundle[file];
  if (chunk?.type !== 'chunk') return seen;
  for (const imported of chunk.imports) {
    if (seen.has(imported)) continue;
    seen.add(imported);
    staticClosure(bundle, imported, seen);
  }
  return seen;
}

/** `to` as a URL relative to the chunk `from`, as an import() in `from` writes it. */
function relativeUrl(from: string, to: string): string {
  const path = relative(dirname(from), to).split('\\').join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * Makes the entries named `entries` request, at each of their import() calls, the chunks the
 * imported chunk imports statically, at the same time as the chunk itself. Without it the browser
 * discovers them one step later, once the imported chunk has arrived: on a phone network that is
 * one more round trip before a widget can render (Vite does the same for apps with
 * `<link rel="modulepreload">`, but not in library mode, and a partner's page is not ours to add
 * links to). The extra import() calls only fetch and evaluate modules the widget is about to
 * evaluate anyway; a failure is left to the real import to report.
 *
 * The build fails if an entry's import() call cannot be found in its code: the optimization must
 * never silently stop working.
 */
export function preloadDynamicImports(entries: readonly string[]): Plugin {
  return {
    name: 'refuge:preload-dynamic-imports',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry || !entries.includes(chunk.name)) continue;
        rewrite(bundle, chunk);
      }
    },
  };
}

function rewrite(bundle: OutputBundle, chunk: OutputChunk): void {
  const already = staticClosure(bundle, chunk.fileName).add(chunk.fileName);
  const code = new MagicString(chunk.code);
  let preloaded = 0;
  for (const target of chunk.dynamicImports) {
    const needed = [...staticClosure(bundle, target)].filter((file) => !already.has(file));
    if (needed.length === 0) continue;
    const url = relativeUrl(chunk.fileName, target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const calls = [...chunk.code.matchAll(new RegExp(`import\\((\`|"|')${url}\\1\\)`, 'g'))];
    if (calls.length === 0) {
      throw new Error(`${chunk.fileName}: no import() of ${target} found to add its preloads to`);
    }
    const urls = JSON.stringify(needed.map((file) => relativeUrl(chunk.fileName, file)));
    for (const call of calls) {
      code.appendLeft(call.index, `(__refugeLoad(${urls}),`);
      code.appendRight(call.index + call[0].length, ')');
      preloaded += 1;
    }
  }
  if (preloaded === 0) return;
  // A function declaration is hoisted: added at the end (before the source map comment, which
  // must stay last), it moves no code the source map points at.
  const helper = 'function __refugeLoad(u){u.forEach(f=>import(f).catch(()=>{}))}\n';
  const comment = chunk.code.lastIndexOf('//# sourceMappingURL=');
  if (comment >= 0) code.appendLeft(comment, helper);
  else code.append(`\n${helper}`);
  chunk.code = code.toString();
  if (chunk.map) {
    const edits = code.generateMap({ hires: true, source: chunk.fileName });
    const composed = remapping([edits, chunk.map] as never, () => null);
    chunk.map = Object.assign(chunk.map, composed);
  }
}
