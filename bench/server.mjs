// A read-only static file server for the benchmark pages, on the loopback interface only.
// It serves the repository root (so our pages load the real /dist files by URL, exactly as a
// partner's page would) and mounts the built peer pages, which live outside the repository,
// at /bench-pages/. Nothing is cached: every measurement must pay for every byte again.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * The file a URL path maps to, or undefined when it would leave its root. Exported so that the
 * measurement can read the very file the browser was sent when it counts JS bytes.
 */
export function fileFor(urlPath, { root, mounts }) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined;
  }
  let base = root;
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (path.startsWith(prefix)) {
      base = dir;
      path = path.slice(prefix.length - 1);
      break;
    }
  }
  const file = normalize(join(base, path));
  // normalize() resolves "..", so anything outside the base after it is a traversal attempt.
  if (file !== base && !file.startsWith(base.endsWith(sep) ? base : base + sep)) return undefined;
  return file.endsWith(sep) || path.endsWith('/') ? join(file, 'index.html') : file;
}

/** Starts the server on 127.0.0.1 and a free port; resolves to { origin, close, fileFor }. */
export async function startServer({ root, mounts = {} }) {
  const options = { root: normalize(root), mounts };
  const server = createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileFor(new URL(request.url, 'http://127.0.0.1').pathname, options);
    const info = file && (await stat(file).catch(() => undefined));
    if (!info?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    fileFor: (urlPath) => fileFor(urlPath, options),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
