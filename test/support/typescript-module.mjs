// A TypeScript module of the repository (src/, tools/, test/fixtures/), for node tests: read through
// Vite, as the build reads it, with nothing started but for this one import.
import { createServer } from 'vite';

/** The module at `path` (from the repository's root, e.g. `/src/data/corrections.ts`). */
export async function typescriptModule(path) {
  const server = await createServer({
    configFile: false,
    logLevel: 'warn',
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: 'custom',
  });
  try {
    return await server.ssrLoadModule(path);
  } finally {
    await server.close();
  }
}
