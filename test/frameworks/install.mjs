// Installs refuge-widgets the way an app gets it from npm: `npm pack` of the built repository,
// extracted to <work>/node_modules/refuge-widgets. Every other package the apps need (lit,
// chart.js, dompurify, @lit/react, react, vue, svelte, the Vite plugins, @types/…) is a symlink
// to the repository's own node_modules, so the run stays offline and uses the pinned versions.
// The apps are copied to <work>/apps/<name>, where Node, TypeScript and Vite resolve
// `refuge-widgets/…` through the tarball's `exports` map, never to the repository's src/ or dist/.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** Packs `root` into `work` and installs the tarball; returns the package's directory and files. */
export async function installPackedPackage(root, work) {
  const { stdout } = await exec(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', work],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  );
  const [{ filename, files }] = JSON.parse(stdout);
  const modules = join(work, 'node_modules');
  const packageDir = join(modules, 'refuge-widgets');
  mkdirSync(packageDir, { recursive: true });
  await exec('tar', ['-xzf', join(work, filename), '-C', packageDir, '--strip-components=1']);
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry.startsWith('.') || entry === 'refuge-widgets') continue;
    symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  return {
    packageDir,
    tarball: filename,
    files: files.map((file) => file.path),
    exports: manifest.exports ?? {},
  };
}

/** Copies the app `name` (a folder beside this file) into `work`; returns its new directory. */
export function copyApp(name, work) {
  const appDir = join(work, 'apps', name);
  cpSync(new URL(name, import.meta.url).pathname, appDir, { recursive: true });
  return appDir;
}
