// Checks the package as npm would publish it, after `npm run build`, with the ecosystem's two
// linters; both pack the repository locally (`npm pack`) and run offline.
//
// - publint --strict: package.json's exports, files and fields against the packed files.
// - are-the-types-wrong (attw --pack) with the `esm-only` profile: every subpath export resolves
//   to JavaScript and to type declarations of the same module format, in TypeScript's `node16`
//   (from ESM) and `bundler` resolutions. The profile leaves out two resolutions this package
//   does not target: `node10` (TypeScript's old `moduleResolution: node`, which reads no `exports`
//   and so cannot see a subpath such as `refuge-widgets/react`) and `node16` from CommonJS (the
//   package is `"type": "module"` with no CommonJS build, like Lit itself; Node 20.19+, our
//   minimum, can still `require()` it, the modules having no top-level await).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = new URL('../../', import.meta.url).pathname;
const exec = promisify(execFile);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const ignoredResolutions = new Set(['node10', 'node16-cjs']);

/** Runs an installed CLI in the root; resolves to its exit code and output, never rejects. */
async function run(command, args) {
  try {
    const { stdout, stderr } = await exec(join(root, 'node_modules/.bin', command), args, {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, output: `${stdout}${stderr}` };
  } catch (error) {
    return {
      code: error.code ?? 1,
      stdout: error.stdout ?? '',
      output: `${error.stdout}${error.stderr}`,
    };
  }
}

let failed = false;

const publint = await run('publint', ['--strict']);
if (publint.code === 0 && /All good!/.test(publint.output)) {
  console.log('publint --strict: all good');
} else {
  failed = true;
  console.error(`publint --strict failed:\n${publint.output}`);
}

const attw = await run('attw', ['--pack', '.', '--profile', 'esm-only', '--format', 'json']);
let analysis;
try {
  analysis = JSON.parse(attw.stdout).analysis;
} catch {
  failed = true;
  console.error(`attw --pack failed:\n${attw.output}`);
}
if (analysis) {
  const checked = Object.keys(analysis.entrypoints);
  const unchecked = Object.keys(pkg.exports).filter((subpath) => !checked.includes(subpath));
  const problems = analysis.problems.filter(
    (problem) => !ignoredResolutions.has(problem.resolutionKind),
  );
  if (attw.code === 0 && problems.length === 0 && unchecked.length === 0) {
    console.log(
      `attw --pack --profile esm-only: ${checked.length} subpath exports resolve to ESM with ` +
        `their types (node16 from ESM, bundler)`,
    );
  } else {
    failed = true;
    console.error(
      `attw --pack --profile esm-only found problems` +
        (unchecked.length ? `; exports it did not check: ${unchecked.join(', ')}` : '') +
        `:\n${problems.map((problem) => `  ${JSON.stringify(problem)}`).join('\n')}`,
    );
  }
}

if (failed) process.exit(1);
