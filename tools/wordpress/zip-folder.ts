import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/**
 * Zips `folder` into `zipPath` with the folder itself at the top, as WordPress's "Upload Plugin"
 * screen expects (`refuge-widgets/refuge-widgets.php`, …). Entries are sorted and dated at a fixed
 * time, so the same files always make the same zip.
 */
export function zipFolder(folder: string, zipPath: string): string[] {
  const top = folder.split('/').filter(Boolean).at(-1)!;
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
  const mtime = new Date('2000-01-01T00:00:00Z');
  const entries: Zippable = {};
  for (const file of files) {
    entries[`${top}/${file}`] = [readFileSync(join(folder, file)), { mtime }];
  }
  writeFileSync(zipPath, zipSync(entries, { level: 9 }));
  return files;
}
