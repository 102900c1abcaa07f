// npm run release:files: the pinned and current folders a CDN of our own serves, over two releases.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'release-files-'));
const out = join(scratch, 'cdn');
const dist = join(scratch, 'dist');
cpSync(join(root, 'dist'), dist, { recursive: true });

const releaseFiles = (version) =>
  spawnSync(
    process.execPath,
    [
      join(root, 'tools/release/release-files.mjs'),
      '--dist',
      dist,
      '--out',
      out,
      '--version',
      version,
    ],
    { encoding: 'utf8' },
  );

describe('npm run release:files', () => {
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('lays out 0.1.0/ and 0/ with every file pages load, and their headers', () => {
    const run = releaseFiles('0.1.0');
    assert.equal(run.status, 0, run.stderr);
    for (const folder of ['0.1.0', '0']) {
      for (const file of [
        'refuge-widgets.js',
        'embed.html',
        'builder.html',
        'integrity.json',
        'images/police-deaths-chart.es.light.png',
      ]) {
        assert.ok(existsSync(join(out, folder, file)), `${folder}/${file}`);
      }
      assert.ok(!existsSync(join(out, folder, '.vite')), `${folder} holds Vite's manifest`);
    }
    const headers = readFileSync(join(out, '_headers'), 'utf8');
    assert.match(headers, /\/\*\n {2}Access-Control-Allow-Origin: \*\n/);
    assert.match(
      headers,
      /\/0\.1\.0\/\*\n {2}Cache-Control: public, max-age=31536000, immutable\n/,
    );
    assert.match(
      headers,
      /\/0\/\*\n {2}Cache-Control: public, max-age=3600, stale-while-revalidate=86400\n/,
    );
  });

  it('refuses to change a published version, and accepts the same build again', () => {
    assert.equal(releaseFiles('0.1.0').status, 0);
    writeFileSync(join(dist, 'refuge-widgets.js'), '// changed\n', { flag: 'a' });
    const run = releaseFiles('0.1.0');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /already holds a different 0\.1\.0/);
  });

  it('moves 0/ to the next release, keeping the chunks an older cached entry may ask for', () => {
    const chunks = readdirSync(join(dist, 'chunks')).filter((name) => name.endsWith('.js'));
    const [first] = chunks;
    renameSync(join(dist, 'chunks', first), join(dist, 'chunks', `next-${first}`));
    const run = releaseFiles('0.2.0');
    assert.equal(run.status, 0, run.stderr);
    const current = readdirSync(join(out, '0', 'chunks'));
    assert.ok(current.includes(first), 'the 0.1.0 chunk stays');
    assert.ok(current.includes(`next-${first}`), 'the 0.2.0 chunk is there');
    assert.equal(
      readFileSync(join(out, '0', 'refuge-widgets.js'), 'utf8'),
      readFileSync(join(dist, 'refuge-widgets.js'), 'utf8'),
    );
    assert.ok(
      !readdirSync(join(out, '0.2.0', 'chunks')).includes(first),
      '0.2.0 holds only its own chunks',
    );
    assert.match(
      readFileSync(join(out, '_headers'), 'utf8'),
      /\/0\.2\.0\/\*\n {2}Cache-Control: public, max-age=31536000, immutable\n/,
    );
  });
});
