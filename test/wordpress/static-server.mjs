// A folder served over HTTP on 127.0.0.1, as a CDN serves dist/: the demo article, whose
// <republish-notice> makes the copy a partner pastes, and the library and chart images that copy
// links to. GET and HEAD only, nothing outside the folder, and the content types a browser needs
// to run modules and show images.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** The file under `root` a request's path names, or undefined for none (or one outside it). */
function fileFor(root, requestUrl) {
  const { pathname } = new URL(requestUrl, 'http://127.0.0.1');
  let path;
  try {
    path = normalize(join(root, decodeURIComponent(pathname)));
  } catch {
    return undefined;
  }
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats?.isDirectory()) return fileFor(root, join(pathname, 'index.html'));
  return stats?.isFile() ? path : undefined;
}

/** Serves `root` on a free port; resolves to its `url` (no final slash) and `close()`. */
export function serveFolder(root) {
  const server = createServer((request, response) => {
    const path = ['GET', 'HEAD'].includes(request.method) && fileFor(root, request.url);
    if (!path) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypes[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      // As a CDN serves dist/: a page of another origin (the WordPress site) loads the library as a
      // module script, which a browser fetches with CORS.
      'access-control-allow-origin': '*',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(path).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        // Keep-alive connections from Chromium would hold close() open until they time out.
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}
