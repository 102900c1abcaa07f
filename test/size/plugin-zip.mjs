// Issue #22, item 6: the WordPress plugin's zip, which a site owner uploads (and some hosts cap
// uploads at 2 MB): its size, held to a limit, and every file in it with its compressed size, so
// a file the plugin does not need shows here. Nothing in it may be a source map, a chart SVG, a
// social card or the library's manifest: the plugin never points to the first three, and reads
// the manifest at build time (tools/wordpress/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, unzipSync } from 'fflate';

const KB = 1000;
export const PLUGIN_ZIP_LIMIT = 600 * KB;
const unneeded = [/\.map$/, /\/images\/.*\.(svg|card\.png)$/, /\/custom-elements\.json$/];

/** Prints the zip's files and size; returns false if it is over its limit or holds an unneeded file. */
export function checkPluginZip(dist) {
  const path = join(dist, 'wordpress/refuge-widgets.zip');
  const zip = readFileSync(path);
  const files = unzipSync(zip);
  console.log(`\nThe WordPress plugin, ${path.slice(dist.length)}`);
  for (const [name, content] of Object.entries(files)) {
    // Deflated as tools/wordpress/zip-folder.ts zips it, at level 9.
    const zipped = deflateSync(content, { level: 9 }).length;
    console.log(
      `  ${name.padEnd(62)} ${String(content.length).padStart(7)} B, ${String(zipped).padStart(6)} B zipped`,
    );
  }
  console.log(`  ${Object.keys(files).length} files, zip ${zip.length} bytes`);
  let ok = zip.length <= PLUGIN_ZIP_LIMIT;
  console.log(`  limit ${PLUGIN_ZIP_LIMIT / KB} KB: ${ok ? 'ok' : 'OVER LIMIT'}`);
  const offenders = Object.keys(files).filter((name) => unneeded.some((re) => re.test(name)));
  if (offenders.length > 0) {
    console.log(`  files the plugin never uses: ${offenders.join(', ')}`);
    ok = false;
  }
  return ok;
}
