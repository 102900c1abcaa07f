// Each app is type-checked by its framework's own checker, run in the app's copy so that
// `refuge-widgets/…` resolves to the packed package. Every app holds deliberately wrong props:
// under @ts-expect-error / @vue-expect-error (React, Vue: the check fails if one is not an
// error), or, for Svelte, in a file of its own that must fail with exactly the marked errors.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const bin = (path) => join(root, 'node_modules', path);

const checkers = {
  react: { name: 'tsc', bin: bin('typescript/bin/tsc'), args: ['--noEmit', '-p', 'tsconfig.json'] },
  vue: {
    name: 'vue-tsc',
    bin: bin('vue-tsc/bin/vue-tsc.js'),
    args: ['--noEmit', '-p', 'tsconfig.json'],
  },
  svelte: {
    name: 'svelte-check',
    bin: bin('svelte-check/bin/svelte-check'),
    args: ['--tsconfig', './tsconfig.json', '--fail-on-warnings', '--no-color'],
  },
};

/** Runs `node file ...args` in `cwd`; resolves to its exit code and output. */
function run(file, args, cwd) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [file, ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (error.code ?? 1) : 0, output: `${stdout}${stderr}`.trim() });
      },
    );
  });
}

/** Type-checks the app; throws with the checker's output when it finds anything. */
export async function typeCheck(name, appDir) {
  const checker = checkers[name];
  const { code, output } = await run(checker.bin, checker.args, appDir);
  if (code !== 0) throw new Error(`${checker.name} failed:\n${output}`);
  const steps = [checker.name];
  if (name === 'svelte') steps.push(await expectSvelteErrors(appDir));
  return steps;
}

/**
 * svelte-check over the app plus type-errors/: it must report an error on each line that follows
 * an `<!-- expect-error` comment, and nowhere else.
 */
async function expectSvelteErrors(appDir) {
  const file = 'type-errors/WrongTypes.svelte';
  const expected = new Set();
  readFileSync(join(appDir, file), 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trimStart().startsWith('<!-- expect-error')) expected.add(index + 2);
    });
  const { code, output } = await run(
    checkers.svelte.bin,
    ['--tsconfig', './tsconfig.type-errors.json', '--output', 'machine', '--no-color'],
    appDir,
  );
  // Machine output: `<time> ERROR "<file>" <line>:<column> "<message>"`.
  const errors = [...output.matchAll(/^\d+ (ERROR|WARNING) "([^"]+)" (\d+):\d+ "(.*)"$/gm)];
  const found = new Set();
  const unexpected = [];
  for (const [line, kind, path, lineNumber] of errors) {
    if (kind === 'ERROR' && path === file && expected.has(Number(lineNumber))) {
      found.add(Number(lineNumber));
    } else unexpected.push(line);
  }
  const missing = [...expected].filter((line) => !found.has(line));
  if (code === 0 || missing.length || unexpected.length || expected.size === 0) {
    throw new Error(
      `svelte-check on ${file} should fail on lines ${[...expected].join(', ')} only` +
        (missing.length ? `; no error on line ${missing.join(', ')}` : '') +
        (unexpected.length ? `; unexpected:\n${unexpected.join('\n')}` : '') +
        `\n${output}`,
    );
  }
  return `svelte-check fails ${file} on its ${expected.size} marked lines`;
}
