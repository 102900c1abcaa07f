import { defineConfig } from 'vite';
import { wordpressPackage } from './plugin-package';

/**
 * The WordPress plugin (issue 13): builds the block editor's script from wordpress/editor/ as one
 * classic script that uses WordPress's globals (`wp.blocks`, `wp.element`, `wp.components`,
 * `wp.blockEditor`), which is how WordPress 6.1 loads editor scripts, then packages the plugin
 * into dist/wordpress/refuge-widgets.zip. The last step of `npm run build`: it reads the
 * library's build in dist/.
 */
const folder = 'dist/wordpress/refuge-widgets';

export default defineConfig({
  publicDir: false,
  plugins: [
    wordpressPackage({
      dist: 'dist',
      source: 'wordpress',
      folder,
      zip: 'dist/wordpress/refuge-widgets.zip',
    }),
  ],
  build: {
    outDir: folder,
    emptyOutDir: true,
    target: 'es2020',
    lib: {
      entry: 'wordpress/editor/index.ts',
      formats: ['iife'],
      name: 'refugeWidgetsEditor',
      fileName: () => 'build/editor.js',
    },
    rolldownOptions: { output: { minify: true } },
  },
});
