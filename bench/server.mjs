// A read-only static file server for the benchmark pages, on the loopback interface only.
// It serves the repository root (so our pages load the real /dist files by URL, exactly as a
// partner's page would) and mounts the built peer pages, which live outside the repository,
// at /bench-pages/. Nothing is cached: every measurement must pay for every byte again.
//
// Two kinds: plain HTTP/1.1 without compression (the loopback profile, as before), and HTTP/2 over
// TLS with brotli, as a CDN serves the files (the slow-4g profile); the certificate is made at run
// time by certificate() below.
//
// Both can hold scripts: while a measurement's gate is open (hold(token)), every `.js` response
// waits until release(token), which run.mjs calls once the page has reported its first contentful
// paint. So no script of any variant can run before the page first paints (issue #12).
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

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
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg']);

/** How long a held script may wait for its page's first paint before it is sent anyway (and the measurement fails). */
const holdLimitMs = 20_000;

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

/**
 * A self-signed certificate for 127.0.0.1, made with openssl in `dir`. Returns the key and
 * certificate (PEM) and the base64 SHA-256 of its public key, which Chromium is told to trust with
 * --ignore-certificate-errors-spki-list (for this one key only, unlike --ignore-certificate-errors).
 */
export async function certificate(dir) {
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const cert = await readFile(certFile);
  const spki = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  return {
    key: await readFile(keyFile),
    cert,
    spkiHash: createHash('sha256').update(spki).digest('base64'),
  };
}

const compressed = new Map();

/** The brotli bytes of `file` (quality 11, as the bench's size figures), cached while it is unchanged. */
async function brotliOf(file, info) {
  const key = `${file}:${info.size}:${info.mtimeMs}`;
  if (!compressed.has(key)) {
    const bytes = await readFile(file);
    compressed.set(
      key,
      brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
    );
  }
  return compressed.get(key);
}

/**
 * Starts a server on 127.0.0.1 and a free port. `tls` ({ key, cert }) makes it HTTP/2 over TLS
 * with brotli; without it, plain HTTP/1.1 serving the bytes as they are on disk.
 * Resolves to { origin, close, fileFor, hold, release, served }.
 */
export async function startServer({ root, mounts = {}, tls }) {
  const options = { root: normalize(root), mounts };
  let gate;
  /** Every script response of the open gate: its path, how long it was held, whether after release. */
  let served = [];

  const handler = async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(request.url, 'http://127.0.0.1');
    const file = fileFor(pathname, options);
    const info = file && (await stat(file).catch(() => undefined));
    if (!info?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const type = extname(file);
    if (gate && (type === '.js' || type === '.mjs')) {
      const current = gate;
      const arrived = performance.now();
      const released = await Promise.race([
        current.released.then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), holdLimitMs)),
      ]);
      served.push({
        token: current.token,
        path: pathname,
        heldMs: performance.now() - arrived,
        released,
      });
    }
    const brotli =
      tls && compressible.has(type) && /\bbr\b/.test(request.headers['accept-encoding'] ?? '');
    const body = brotli ? await brotliOf(file, info) : undefined;
    response.writeHead(200, {
      'content-type': types[type] ?? 'application/octet-stream',
      'content-length': body ? body.length : info.size,
      'cache-control': 'no-store',
      ...(brotli ? { 'content-encoding': 'br', vary: 'accept-encoding' } : {}),
    });
    if (request.method === 'HEAD') response.end();
    else if (body) response.end(body);
    else createReadStream(file).pipe(response);
  };

  const server = tls
    ? createSecureServer({ key: tls.key, cert: tls.cert, allowHTTP1: false }, handler)
    : createServer(handler);
  // HTTP/2 sessions outlive their streams; close() must end them, as closeAllConnections() does for HTTP/1.1.
  const sessions = new Set();
  server.on('session', (session) => {
    sessions.add(session);
    session.once('close', () => sessions.delete(session));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    fileFor: (urlPath) => fileFor(urlPath, options),
    /** Opens a gate: from now on every script response waits for release(token). */
    hold(token) {
      let release;
      const released = new Promise((resolve) => (release = resolve));
      gate = { token, released, release };
      served = [];
    },
    release(token) {
      if (gate?.token === token) gate.release();
    },
    /** Closes the gate and returns what it served. */
    endHold() {
      gate?.release();
      gate = undefined;
      const list = served;
      served = [];
      return list;
    },
    close: () =>
      new Promise((resolve) => {
        gate?.release();
        if (tls) sessions.forEach((session) => session.destroy());
        else server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
