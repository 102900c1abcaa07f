// Runs the browser tests in Chromium, Firefox and WebKit, one engine after another, then prints a
// line per engine and the total. ENGINES=chromium,firefox limits the engines (for development);
// `--files …` runs only those files. Without it, the visual regression test runs after the rest,
// alone and in Chromium only (its baselines are Chromium's screenshots).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const engines = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',');
const work = mkdtempSync(join(tmpdir(), 'refuge-tests-'));
const results = [];

const args = process.argv.slice(2);
const chosenFiles = args.includes('--files');

/** One run of the test runner in `engine`; returns its counts. */
function run(engine, extraArgs) {
  const summaryFile = join(work, `${engine}-${results.length}-${Math.random()}.json`);
  const runner = spawnSync('npx', ['wtr', ...args, ...extraArgs], {
    stdio: 'inherit',
    env: { ...process.env, ENGINE: engine, SUMMARY_FILE: summaryFile },
  });
  let counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    counts = JSON.parse(readFileSync(summaryFile, 'utf8'));
  } catch {
    // The runner died before reporting: count it as one failure.
    counts.failed = 1;
  }
  if (runner.status !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

for (const engine of engines) {
  const counts = run(engine, []);
  if (engine === 'chromium' && !chosenFiles) {
    const visual = run(engine, ['--files', 'test/visual.test.ts']);
    for (const key of ['passed', 'failed', 'skipped']) counts[key] += visual[key];
  }
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
