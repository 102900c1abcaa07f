// Runs the browser tests in Chromium, Firefox and WebKit, one engine after another, then prints a
// line per engine and the total. ENGINES=chromium,firefox limits the engines (for development).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const engines = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',');
const work = mkdtempSync(join(tmpdir(), 'refuge-tests-'));
const results = [];

for (const engine of engines) {
  const summaryFile = join(work, `${engine}.json`);
  const run = spawnSync('npx', ['wtr', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, ENGINE: engine, SUMMARY_FILE: summaryFile },
  });
  let counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    counts = JSON.parse(readFileSync(summaryFile, 'utf8'));
  } catch {
    // The runner died before reporting: count the engine as one failure.
    counts.failed = 1;
  }
  if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
  results.push({ engine, ...counts });
}
rmSync(work, { recursive: true, force: true });

console.log('');
for (const { engine, passed, failed, skipped } of results) {
  console.log(`${engine}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}
const sum = (key) => results.reduce((total, result) => total + result[key], 0);
console.log(`Total: ${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped`);
process.exit(sum('failed') > 0 ? 1 : 0);
