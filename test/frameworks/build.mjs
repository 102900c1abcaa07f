// A production build of an app with Vite and the app's own vite.config.ts, recording every module
// that went into the bundle, to prove that refuge-widgets came from the tarball and only from it.
import { join, relative } from 'node:path';
import { build } from 'vite';

const root = new URL('../../', import.meta.url).pathname;

/** Builds `appDir` into `outDir`; returns how many modules of the tarball the bundle holds. */
export async function buildApp(appDir, outDir, installed) {
  const moduleIds = new Set();
  await build({
    root: appDir,
    configFile: join(appDir, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
    plugins: [
      {
        name: 'record-modules',
        generateBundle(_options, bundle) {
          for (const output of Object.values(bundle)) {
            if (output.type !== 'chunk') continue;
            for (const id of output.moduleIds) moduleIds.add(id.replace(/^\0/, '').split('?')[0]);
          }
        },
      },
    ],
  });
  const packaged = new Set(installed.files);
  const fromTarball = [];
  for (const id of moduleIds) {
    if (id.startsWith(`${installed.packageDir}/`)) {
      const file = relative(installed.packageDir, id);
      if (!packaged.has(file))
        throw new Error(`the bundle holds ${file}, which is not in the tarball`);
      fromTarball.push(file);
    } else if (id.startsWith(root) && !id.startsWith(join(root, 'node_modules/'))) {
      throw new Error(`the bundle holds the repository's own ${relative(root, id)}`);
    }
  }
  if (!fromTarball.length)
    throw new Error('the bundle holds no module of the packed refuge-widgets');
  return fromTarball.length;
}
