import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Writes dist/integrity.json once the files are written: the SHA-384 Subresource Integrity of
 * every script and stylesheet with a stable name at the top of dist/ and of every chart image in dist/images/
 * (drawn before this build by tools/fallbacks), for partners who pin a version (and for the
 * builder's snippets). It hashes the bytes on disk, exactly what a browser will check.
 */
export function integrityFile(): Plugin {
  return {
    name: 'refuge:integrity',
    writeBundle({ dir = 'dist' }) {
      const scripts = readdirSync(dir).filter((file) => /\.(js|css)$/.test(file));
      const images = existsSync(join(dir, 'images'))
        ? readdirSync(join(dir, 'images')).map((file) => `images/${file}`)
        : [];
      const integrity = Object.fromEntries(
        [...scripts, ...images].sort().map((file) => {
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
