#!/usr/bin/env node
/**
 * Serves the built site (`dist/`) as plain static files, the way any static host would:
 * `folder/` → `folder/index.html`, unknown paths → `404.html` with status 404, and the site under
 * its base path when built with KAP_BASE. `npm start` and the browser tests both use it, so the
 * tests exercise exactly what people get. (Astro's own `astro preview` refuses to start while
 * another preview of the project runs, which would break `npm test` beside `npm start`.)
 *
 * Response headers come from `<dir>/_headers` (copied from public/_headers), read once at start and
 * sent as Netlify and Cloudflare Pages send them: every response gets the `/*` rule's headers, and
 * the file itself is not served. Only `/*` is applied; other patterns are reported and ignored.
 *
 * Usage: node scripts/serve.mjs [--port 4321] [--host 127.0.0.1] [--dir dist]. With no `--port`,
 * the `PORT` environment variable is used; with several (`npm start -- --port 5000` appends its
 * arguments), the last one wins (scripts/serve-options.mjs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { parseHeadersFile } from './headers-file.mjs';
import { readServeOptions } from './serve-options.mjs';

let values;
try {
  values = readServeOptions(process.argv.slice(2), process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

if (!existsSync(join(values.dir, 'index.html'))) {
  console.error(`Nothing to serve: ${values.dir}/index.html is missing. Run \`npm run build\` first.`);
  process.exit(1);
}

const base = (process.env.KAP_BASE || '/').replace(/\/?$/, '/');
const notFoundPage = join(values.dir, '404.html');

const headersFile = join(values.dir, '_headers');
const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
const siteHeaders = rules.filter((rule) => rule.pattern === '/*').flatMap((rule) => rule.headers);
for (const { pattern } of rules.filter((rule) => rule.pattern !== '/*')) {
  console.warn(`${headersFile}: only /* rules are served here; the headers for ${pattern} are not sent.`);
}

/** Sends the site's own not-found page with a real 404 status. */
function notFound(_req, res) {
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
}

// dev: look files up on each request rather than indexing dist/ once at start, so a rebuild while
// the server runs (npm run build in another terminal) serves the new files instead of hanging on
// the old hashed names.
const files = sirv(values.dir, { dev: true, etag: true, extensions: ['html'], onNoMatch: notFound });

const server = createServer((req, res) => {
  for (const [name, value] of siteHeaders) res.setHeader(name, value);
  const url = req.url ?? '/';
  if (base !== '/' && (url === '/' || url === base.slice(0, -1))) {
    res.writeHead(302, { Location: base }).end();
    return;
  }
  if (!url.startsWith(base)) return notFound(req, res);
  req.url = `/${url.slice(base.length)}`;
  if (req.url.split('?')[0] === '/_headers') return notFound(req, res);
  files(req, res);
});

server.on('error', (error) => {
  if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') throw error;
  console.error(
    `Port ${values.port} is in use. Stop what uses it, or choose another: npm start -- --port 5000 (or PORT=5000 npm start).`,
  );
  process.exit(1);
});

server.listen(values.port, values.host, () => {
  const shown = values.host === '127.0.0.1' ? 'localhost' : values.host;
  console.log(`Serving ${values.dir}/ on http://${shown}:${values.port}${base} (Ctrl+C to stop)`);
});
