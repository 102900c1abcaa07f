import { readFileSync } from 'node:fs';
import type { Package } from 'custom-elements-manifest/schema';
import type { Plugin } from 'vite';
import { describeWidgets } from '../../src/embed/widget-catalog';

const virtualId = 'virtual:refuge-widgets';

/**
 * Offers the embed page and the builder the widgets and their documented attributes as
 * `virtual:refuge-widgets`, described from the Custom Elements Manifest that `npm run manifest`
 * (the analyzer's CLI) wrote before the build: a new widget or attribute needs no change there.
 */
export function widgetCatalog(manifestPath: string): Plugin {
  return {
    name: 'refuge:widget-catalog',
    resolveId: (id) => (id === virtualId ? `\0${virtualId}` : undefined),
    load(id) {
      if (id !== `\0${virtualId}`) return undefined;
      let manifest: Package;
      try {
        manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Package;
      } catch (error) {
        throw new Error(`${manifestPath} is missing: run \`npm run manifest\` first.`, {
          cause: error,
        });
      }
      this.addWatchFile(manifestPath);
      return `export default ${JSON.stringify(describeWidgets(manifest))};`;
    },
  };
}
