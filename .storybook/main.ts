import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // The charts' "Prerendered" stories show the build's prerendered boxes and their stylesheets.
  staticDirs: [{ from: '../dist', to: '/dist' }],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    // Builds run offline and in CI; nothing should phone home.
    disableTelemetry: true,
  },
  /**
   * Storybook's Vite builder loads the repo's vite.config.ts by itself, so stories are transformed
   * with the same plugins as dist/ (the template-literal minifier). That config is written for the
   * library build, though, and parts of it must not reach Storybook:
   *
   * - `publicDir: 'src/static'` holds the demo article pages, which load dist/ files by relative
   *   URL. Vite would serve them at the root of the dev server and copy them into
   *   storybook-static/, where a page named index.html would replace Storybook's own.
   * - `build` is library mode (`build.lib`) with our entry files, their fixed output names, a
   *   manifest for the size check, and `outDir: 'dist'`. Storybook 10.6 already keeps only
   *   `build.target` from a project config; the library-only keys are cleared here too, so that a
   *   builder upgrade that merges `build` cannot make Storybook build into dist/.
   *   `rolldownOptions.output` is left alone because Storybook adds its own options to it.
   * - The integrity plugin writes dist/integrity.json and the no-script plugin writes the
   *   fallbacks into dist/embed.html; Storybook's output has neither (its build failed reading
   *   storybook-static/embed.html).
   */
  viteFinal(viteConfig) {
    const { build = {} } = viteConfig;
    const { preserveEntrySignatures: _entries, ...rolldownOptions } = build.rolldownOptions ?? {};
    const { manifest: _manifest, lib: _lib, ...storybookBuild } = build;
    const distOnly = ['refuge:integrity', 'refuge:embed-noscript'];
    const plugins = (viteConfig.plugins ?? []).filter(
      (plugin) => !(plugin && 'name' in plugin && distOnly.includes(plugin.name)),
    );
    return {
      ...viteConfig,
      plugins,
      publicDir: false,
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        // In dev, Vite pre-bundles `lit` for our code, but Storybook's web-components renderer
        // imports `lit/directive-helpers.js`, which was served unbundled and brought a second copy
        // of lit-html ("Multiple versions of Lit loaded"). Pre-bundled together, they share one.
        // https://github.com/storybookjs/storybook/issues/31507
        include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
      },
      build: {
        ...storybookBuild,
        rolldownOptions,
        // The one large chunk is Storybook's own preview runtime, not our code; our size budgets
        // apply to dist/ (DESIGN.md), so the warning is noise here.
        chunkSizeWarningLimit: 1500,
      },
    };
  },
};

export default config;
