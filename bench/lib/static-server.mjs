// @ts-check
/**
 * A minimal static file server on loopback, on a port the OS picks. Two uses:
 * - the PDF benchmark page (defaults: no caching, no compression — the bytes are measured
 *   elsewhere, and a cache must not hide the font fetch);
 * - the built site for Lighthouse (`{ site: true }`): served like a typical static host would —
 *   gzip for text, `/_astro/` hashed files cacheable for a year, HTML revalidated, `folder/` →
 *   `folder/index.html`, unknown paths → the site's 404 page with status 404 — so the audit sees
 *   what a visitor of a real deployment gets rather than the quirks of a test server.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types of what the bundle and the site contain; a module script must not be served as text/plain. */
const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
});

/** What a host would gzip: text formats (Pagefind's index files are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest', '.ttf']);

/**
 * Serves `root` on http://127.0.0.1:<port>/ until `close()` is called.
 * @param {string} root
 * @param {{ site?: boolean }} [options] `site`: serve like a static host (see above)
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveFolder(root, options = {}) {
  /** @type {Map<string, Buffer>} */
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    // Never serve anything outside the folder, whatever the request says.
    if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) {
      res.writeHead(403).end();
      return;
    }
    let body;
    let status = 200;
    let path = file;
    try {
      body = await readFile(file);
    } catch {
      if (!options.site) {
        res.writeHead(404).end();
        return;
      }
      // A folder without its slash, as hosts do: /plan → /plan/.
      if (!extname(pathname)) {
        res.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      status = 404;
      path = join(root, '404.html');
      body = await readFile(path).catch(() => Buffer.from('Not found'));
    }
    const extension = extname(path);
    /** @type {Record<string, string>} */
    const headers = { 'Content-Type': TYPES[extension] ?? 'application/octet-stream' };
    if (!options.site) headers['Cache-Control'] = 'no-store';
    else {
      headers['Cache-Control'] = pathname.startsWith('/_astro/')
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=0, must-revalidate';
      if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        let compressed = gzipped.get(path);
        if (!compressed) gzipped.set(path, (compressed = gzipSync(body)));
        body = compressed;
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
    }
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('The bench server did not get a port.');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise((resolve) => {
        // Keep-alive sockets from Chromium would otherwise hold close() open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
