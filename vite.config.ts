import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { defineConfig, type Plugin } from 'vite';

/**
 * The files partners load by URL (DESIGN.md, "Files in dist/"): one stable name per entry, shared
 * code (Lit, the core) in hashed chunks, and lazily imported code (Chart.js) in chunks of its own.
 * The unbundled npm build is `tsc -p tsconfig.build.json` into dist/lib.
 */
export const entries = {
  'refuge-widgets': 'src/refuge-widgets.ts',
  'asylum-stat': 'src/widgets/asylum-stat/asylum-stat.ts',
  'violence-timeline': 'src/widgets/violence-timeline/violence-timeline.ts',
  'police-deaths-chart': 'src/widgets/police-deaths-chart/police-deaths-chart.ts',
  'drug-killings-chart': 'src/widgets/drug-killings-chart/drug-killings-chart.ts',
  'republish-notice': 'src/widgets/republish-notice/republish-notice.ts',
  // The iframe page, its optional parent-page resizer, and the editors' snippet builder. The HTML
  // pages themselves are in src/static and load these by stable name.
  embed: 'src/embed/embed.ts',
  'embed-parent': 'src/embed/embed-parent.ts',
  builder: 'src/embed/builder.ts',
};

/**
 * Generates the Custom Elements Manifest from the widgets' JSDoc at the start of the build, writes
 * it to dist/custom-elements.json, and offers the embed page and the builder a compact list of the
 * widgets and their documented attributes as `virtual:refuge-widgets`: so both pick up a new
 * widget, or a new attribute, with no change of their own.
 */
function widgetManifest(): Plugin {
  const virtualId = 'virtual:refuge-widgets';
  let manifest: CustomElementsManifest;
  return {
    name: 'refuge:widget-manifest',
    buildStart() {
      const outdir = mkdtempSync(join(tmpdir(), 'refuge-cem-'));
      try {
        const cli = 'node_modules/@custom-elements-manifest/analyzer/cem.js';
        // The analyzer resolves --outdir against the working directory, even an absolute one.
        const relativeOutdir = relative(process.cwd(), outdir);
        const args = [
          'analyze',
          '--config',
          'custom-elements-manifest.config.mjs',
          '--outdir',
          relativeOutdir,
        ];
        execFileSync(process.execPath, [cli, ...args], { stdio: 'pipe' });
        manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
      } finally {
        rmSync(outdir, { recursive: true, force: true });
      }
    },
    resolveId: (id) => (id === virtualId ? `\0${virtualId}` : undefined),
    load: (id) =>
      id === `\0${virtualId}`
        ? `export default ${JSON.stringify(describeWidgets(manifest))};`
        : undefined,
    generateBundle() {
      const source = `${JSON.stringify(manifest, null, 2)}\n`;
      this.emitFile({ type: 'asset', fileName: 'custom-elements.json', source });
    },
  };
}

interface CustomElementsManifest {
  modules: {
    declarations?: {
      tagName?: string;
      summary?: string;
      attributes?: {
        name: string;
        description?: string;
        default?: string;
        type?: { text: string };
      }[];
    }[];
  }[];
}

/** The manifest's attribute types, as the form controls the builder needs. */
function describeWidgets(manifest: CustomElementsManifest) {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  return declarations
    .filter((declaration) => declaration.tagName)
    .map((declaration) => ({
      tag: declaration.tagName!,
      summary: declaration.summary ?? declaration.tagName!,
      attributes: (declaration.attributes ?? []).map((attribute) => {
        const types = (attribute.type?.text ?? 'string')
          .split('|')
          .map((type) => type.trim())
          .filter((type) => type !== 'undefined');
        const literals = types
          .filter((type) => /^'[^']*'$/.test(type))
          .map((type) => type.slice(1, -1));
        return {
          name: attribute.name,
          // JSDoc is written in Markdown; editors read it as plain text.
          description: (attribute.description ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim(),
          kind:
            types.length > 0 && literals.length === types.length
              ? 'enum'
              : types[0] === 'boolean'
                ? 'boolean'
                : 'text',
          values: literals,
          default: attribute.default?.replace(/^'|'$/g, ''),
        };
      }),
    }));
}

/**
 * Writes dist/integrity.json: the SHA-384 Subresource Integrity of every file with a stable name at
 * the top of dist/, for partners who pin a version (and for the builder's snippets).
 */
function integrityFile(): Plugin {
  return {
    name: 'refuge:integrity',
    writeBundle({ dir = 'dist' }) {
      const files = readdirSync(dir)
        .filter((file) => file.endsWith('.js'))
        .sort();
      const integrity = Object.fromEntries(
        files.map((file) => {
          const digest = createHash('sha384')
            .update(readFileSync(join(dir, file)))
            .digest('base64');
          return [file, `sha384-${digest}`];
        }),
      );
      writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
    },
  };
}

/**
 * Vite wraps every dynamic import in its module-preload helper, even with `modulePreload: false`,
 * where it has no dependencies to preload. The helper costs 0.4 KB gzipped in the chart chunk and
 * could add <link> tags to a partner's <head>; this unwraps those calls so the minifier drops it.
 */
function withoutPreloadHelper(): Plugin {
  return {
    name: 'refuge:without-preload-helper',
    enforce: 'post',
    renderChunk(code) {
      let unwrapped = code.replace(
        /__vitePreload\(\s*\(\)\s*=>\s*(import\([^()]*\)(?:\.then\((?:[^()]|\([^()]*\))*\))?)\s*,\s*(?:\[\]|void 0|__VITE_PRELOAD__)\s*,\s*import\.meta\.url\s*\)/g,
        '$1',
      );
      // When several chunks import lazily, the helper is a chunk of its own: drop its import too,
      // but only when nothing else it provides (such as rolldown's init_ wrappers) is still used.
      unwrapped = unwrapped.replace(
        /import\s*\{([^}]*)\}\s*from\s*["'][^"']*preload-helper[^"']*["'];?\n?/g,
        (statement, bindings: string) => {
          const locals = bindings.split(',').map((binding) =>
            binding
              .trim()
              .split(/\s+as\s+/)
              .pop()!,
          );
          const stillUsed = locals.some(
            (local) =>
              local &&
              unwrapped.split(new RegExp(`(?<![\\w$])${local.replace(/\$/g, '\\$')}(?![\\w$])`))
                .length > 2,
          );
          return stillUsed ? statement : '';
        },
      );
      return unwrapped === code ? null : { code: unwrapped, map: null };
    },
  };
}

export default defineConfig({
  // Relative URLs, so dist/ works from any folder or CDN path it is copied to.
  base: './',
  // Pages copied verbatim (the demo article), which load dist/ files exactly as a partner would.
  publicDir: 'src/static',
  // Lit's html`` and css`` strings are shipped as written; minify them like the rest of the code.
  plugins: [minifyTemplateLiterals(), withoutPreloadHelper(), widgetManifest(), integrityFile()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The size check follows this manifest's import graph.
    manifest: true,
    // The preload helper would add <link> tags to partners' <head>; our few chunks do not need it.
    modulePreload: false,
    sourcemap: true,
    rolldownOptions: {
      input: entries,
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // One chunk for what every widget needs (Lit, the core, the shared citations), named for
        // what it is; otherwise rolldown splits off small pieces and names them after a module.
        advancedChunks: {
          groups: [
            {
              name: 'core',
              test: /\/(node_modules\/(lit|lit-html|lit-element|@lit)\/|src\/core\/(define|widget-element|localize|messages|styles|source-line|theme|version)\.ts|src\/data\/sources\.ts)/,
            },
          ],
        },
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
