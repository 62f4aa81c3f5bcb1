// @ts-check
/**
 * Step 3: Pagefind. The size of the bundle on disk (what a deploy uploads) and what one search
 * actually costs a visitor: the bytes Chromium fetches from /pagefind/ on /search/ when someone
 * types "blood pressure" and a result appears. The built folder is served by scripts/serve.mjs,
 * the same server `npm start` and the browser tests use.
 */
import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { freePort, gzipSize, withTimeout } from './util.mjs';

/** The query typed, and the result link that proves the search worked. */
const QUERY = 'blood pressure';
const EXPECTED_RESULT = 'Blood pressure monitoring';

/**
 * Which part of Pagefind a file is (by its path under pagefind/).
 * @param {string} path relative to pagefind/, with forward slashes
 */
function category(path) {
  if (path.startsWith('fragment/')) return 'fragments';
  if (path.startsWith('index/')) return 'index chunks';
  if (path.startsWith('filter/')) return 'filters';
  if (path.endsWith('.pf_meta')) return 'metadata (.pf_meta)';
  if (/^wasm\..*\.pagefind$/.test(path)) return 'wasm';
  return 'UI and runtime (js, css, json)';
}

/**
 * Raw bytes of dist/pagefind, in total and per category (the index files are the fragments,
 * index chunks, filters, metadata and wasm).
 * @param {string} outDir
 */
export async function pagefindSizes(outDir) {
  const root = join(outDir, 'pagefind');
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  /** @type {Record<string, { files: number, raw: number }>} */
  const byCategory = {};
  let total = 0;
  let files = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = relative(root, join(entry.parentPath, entry.name)).split('\\').join('/');
    const { size } = await stat(join(entry.parentPath, entry.name));
    const bucket = (byCategory[category(path)] ??= { files: 0, raw: 0 });
    bucket.files++;
    bucket.raw += size;
    total += size;
    files++;
  }
  const indexRaw = Object.entries(byCategory)
    .filter(([name]) => !name.startsWith('UI'))
    .reduce((sum, [, bucket]) => sum + bucket.raw, 0);
  return { total: { files, raw: total }, indexRaw, byCategory };
}

/**
 * Starts scripts/serve.mjs on a free loopback port and waits until it answers.
 * @param {string} repoRoot
 * @param {string} outDir
 */
async function startSiteServer(repoRoot, outDir) {
  const port = await freePort();
  const env = { ...process.env };
  delete env.KAP_BASE; // the build was made for the root path
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'scripts/serve.mjs'), '--port', String(port), '--host', '127.0.0.1', '--dir', outDir],
    {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  // Bounded wait: up to 15 s in 100 ms steps.
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) throw new Error(`scripts/serve.mjs exited with ${child.exitCode}: ${stderr.trim()}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`scripts/serve.mjs did not answer on ${url} within 15 s.`);
}

/**
 * Bytes fetched from /pagefind/ by one search on /search/, split into what the page loads on
 * arrival and what typing the query adds. Sizes are response bodies as served (scripts/serve.mjs
 * does not compress); `gzip` is what they would be gzipped — Pagefind's index files are already
 * compressed, so for them it is about the same.
 * @param {string} repoRoot
 * @param {string} outDir
 */
export async function pagefindSearchBytes(repoRoot, outDir) {
  const server = await startSiteServer(repoRoot, outDir);
  try {
    const browser = await launchChromium();
    try {
      // A fresh context: an empty HTTP cache, as for a first-time visitor.
      const context = await browser.newContext();
      const page = await context.newPage();
      /** @type {'arrival' | 'search'} */
      let phase = 'arrival';
      let lastResponseAt = performance.now();
      /** @type {Promise<{ path: string, phase: string, raw: number, gzip: number } | undefined>[]} */
      const pending = [];
      // Context-wide, so requests from Pagefind's web worker are seen as well as the page's.
      context.on('response', (response) => {
        const { pathname } = new URL(response.url());
        if (!pathname.startsWith('/pagefind/')) return;
        lastResponseAt = performance.now();
        const at = phase;
        pending.push(
          response.body().then(
            (body) => ({
              path: pathname.slice('/pagefind/'.length),
              phase: at,
              raw: body.length,
              gzip: gzipSize(body),
            }),
            () => undefined, // redirects and aborted requests have no body
          ),
        );
      });
      await page.goto(`${server.url}search/`, { waitUntil: 'load', timeout: 30_000 });
      const searchbox = page.getByRole('searchbox');
      await searchbox.waitFor({ state: 'visible', timeout: 30_000 });
      phase = 'search';
      // Typed key by key like a person (not filled in one go): Pagefind searches as you type.
      await searchbox.pressSequentially(QUERY, { delay: 40, timeout: 30_000 });
      await page.getByRole('link', { name: EXPECTED_RESULT }).first().waitFor({ state: 'visible', timeout: 30_000 });
      // Results render in steps (more fragments after the first link): wait until /pagefind/ has
      // been quiet for 750 ms, at most 10 s.
      for (let waited = 0; waited < 10_000 && performance.now() - lastResponseAt < 750; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const fetched = (await withTimeout(Promise.all(pending), 30_000, 'Reading Pagefind response bodies')).filter(
        (item) => item !== undefined,
      );
      await context.close();

      /** @param {string} which */
      const sum = (which) => {
        const files = fetched.filter((item) => item.phase === which);
        /** @type {Record<string, { files: number, raw: number, gzip: number }>} */
        const byCategory = {};
        for (const file of files) {
          const bucket = (byCategory[category(file.path)] ??= { files: 0, raw: 0, gzip: 0 });
          bucket.files++;
          bucket.raw += file.raw;
          bucket.gzip += file.gzip;
        }
        return {
          files: files.length,
          raw: files.reduce((s, f) => s + f.raw, 0),
          gzip: files.reduce((s, f) => s + f.gzip, 0),
          byCategory,
        };
      };
      return {
        query: QUERY,
        arrival: sum('arrival'),
        search: sum('search'),
        requests: fetched.map((item) => ({ ...item, file: basename(item.path) })),
      };
    } finally {
      await browser.close();
    }
  } finally {
    server.stop();
  }
}
