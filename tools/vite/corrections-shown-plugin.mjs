/**
 * The CDN build ships the code that shows corrections only once there is one: it loads, in place
 * of src/data/corrections-shown.ts (which says `true`, for every unbundled use), whether
 * `corrections` (src/data/corrections.ts) holds any. A literal in a module of its own, so the
 * bundler inlines it in every chunk and the minifier drops what it guards.
 *
 * @param {readonly unknown[]} corrections The shipped list.
 * @returns {import('vite').Plugin}
 */
export function correctionsShown(corrections) {
  return {
    name: 'refuge:corrections-shown',
    load(id) {
      if (!id.endsWith('/src/data/corrections-shown.ts')) return undefined;
      return `export const correctionsShown = ${corrections.length > 0};\n`;
    },
  };
}
