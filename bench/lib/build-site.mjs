// @ts-check
/**
 * Runs `astro build` and measures it: wall clock, and memory. Used for the kit itself (step 4, run
 * first, since steps 2, 3 and 5 measure its output; built elsewhere than dist/ so the site other
 * people are serving or testing is left alone) and for the build-scaling step's temporary projects.
 *
 * CPU: `cpuMs`, user + system time of the build process (getrusage at exit) plus its children's
 * (from /proc: cutime + cstime once they have exited). Other work on the machine slows the wall
 * clock a lot but CPU time much less, so on a busy machine it is the steadier comparison.
 *
 * Memory:
 * - `maxRssKb`: peak resident memory of the `astro build` Node process (getrusage at exit, through
 *   usage-preload.mjs): Astro, Vite/Rolldown, MDX, our integrations, worker threads included.
 * - `children`: peak of each process the build spawns (sampled from /proc, a lower bound): the
 *   Pagefind indexer above all, a native binary whose memory the Node figure does not include.
 * - `treePeakKb`: the largest sum of resident memory over the whole process tree in one sample.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleProcessTree } from './process-memory.mjs';

/** A cold 11-module build takes ≈ 10–20 s here, a 1,000-module one a few minutes; this only catches a hang. */
const BUILD_TIMEOUT_MS = 20 * 60_000;

const PRELOAD = fileURLToPath(new URL('./usage-preload.mjs', import.meta.url));

/**
 * @typedef {{ wallMs: number, cpuMs: number | undefined, maxRssKb: number | undefined, children?: Record<string, { processes: number, peakKb: number }>, treePeakKb?: number, log: string }} MeasuredBuild
 */

/**
 * Runs `astro build` in `root` with this Node (Astro refuses Node < 22, which may be the first
 * `node` on PATH), telemetry off, and measures it.
 * @param {{ astroBin: string, root: string, outDir: string, config?: string }} options
 *   `astroBin`: node_modules/astro/bin/astro.mjs to run; `config`: another config file in `root`
 * @returns {Promise<MeasuredBuild>}
 */
export async function measuredAstroBuild({ astroBin, root, outDir, config }) {
  const scratch = await mkdtemp(join(tmpdir(), 'kap-bench-usage-'));
  const rssFile = join(scratch, 'usage.json');
  /** @type {NodeJS.ProcessEnv} */
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    KAP_BENCH_USAGE_FILE: rssFile,
    // Anything the build spawns gets this Node too.
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
  };
  // Measured at the root path, so URLs in the HTML map straight onto files in outDir.
  delete env.KAP_BASE;
  delete env.KAP_SITE;
  const args = [
    '--import',
    PRELOAD,
    astroBin,
    'build',
    '--root',
    root,
    '--outDir',
    outDir,
    ...(config ? ['--config', config] : []),
  ];
  try {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const sampler = child.pid ? sampleProcessTree(child.pid) : undefined;
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), BUILD_TIMEOUT_MS);
    /** @type {number | null} */
    const code = await new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (exitCode) => resolve(exitCode));
    }).finally(() => clearTimeout(timer));
    const wallMs = performance.now() - start;
    const tree = sampler?.stop();
    if (code !== 0) {
      const tail = log.trim().split('\n').slice(-25).join('\n');
      throw new Error(
        `astro build in ${root} failed (exit ${code}${wallMs >= BUILD_TIMEOUT_MS ? ', timed out' : ''}):\n${tail}`,
      );
    }
    /** @type {{ maxRssKb?: number, cpuMs?: number }} */
    const usage = JSON.parse(await readFile(rssFile, 'utf8').catch(() => '{}'));
    return {
      wallMs: Math.round(wallMs),
      // The build process's own CPU time plus that of the children it reaped (Pagefind, esbuild):
      // far less sensitive than the wall clock to what else the machine is doing.
      cpuMs: usage.cpuMs === undefined ? undefined : usage.cpuMs + (tree?.childrenCpuMs ?? 0),
      maxRssKb: usage.maxRssKb,
      ...(tree ? { children: tree.children, treePeakKb: tree.treePeakKb } : {}),
      log,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Step 4: the kit's own build, into `outDir`.
 * @param {string} repoRoot
 * @param {string} outDir
 */
export async function buildSite(repoRoot, outDir) {
  const { log, ...measured } = await measuredAstroBuild({
    astroBin: join(repoRoot, 'node_modules/astro/bin/astro.mjs'),
    root: repoRoot,
    outDir,
  });
  return { ...measured, phases: buildPhases(log, measured.wallMs) };
}

/** What a build of the kit reads (the same list as tests/build/astro-build.ts's `copyProject`). */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'clinic.config.ts', 'tsconfig.json', 'package.json'];

/**
 * The kit built in its default language only, beside the full build (step 4): what the other
 * languages cost. A temporary copy with every other locale's line removed from
 * src/i18n/locales.ts and its folders (strings, modules, pages) deleted — the reverse of adding a
 * language.
 * @param {string} repoRoot
 * @param {string} tmp a scratch folder of the bench
 */
export async function buildSiteOneLanguage(repoRoot, tmp) {
  const root = join(tmp, 'one-language');
  await mkdir(root, { recursive: true });
  for (const path of PROJECT_FILES) await cp(join(repoRoot, path), join(root, path), { recursive: true });
  await symlink(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  const localesFile = join(root, 'src/i18n/locales.ts');
  const source = await readFile(localesFile, 'utf8');
  const block = /export const locales = \{\n([\s\S]*?)\n\}/.exec(source);
  if (!block) throw new Error('src/i18n/locales.ts: the `locales` object was not found.');
  const [first = '', ...rest] = (block[1] ?? '').split('\n');
  const others = rest.map((line) => /^\s*'?([\w-]+)'?:/.exec(line)?.[1]).filter((id) => id !== undefined);
  await writeFile(localesFile, source.replace(block[1] ?? '', first));
  for (const id of others) {
    await rm(join(root, 'src/i18n', id), { recursive: true, force: true });
    for (const collection of await readdir(join(root, 'src/content')))
      await rm(join(root, 'src/content', collection, id), { recursive: true, force: true });
  }
  const { log, ...measured } = await measuredAstroBuild({
    astroBin: join(repoRoot, 'node_modules/astro/bin/astro.mjs'),
    root,
    outDir: join(root, 'dist'),
  });
  return { ...measured, locales: 1, removed: others, phases: buildPhases(log, measured.wallMs) };
}

/**
 * A duration as Astro and Vite print it: `120ms`, `5.66s`, `1m 3s`, `2m`.
 * @param {string} text
 * @returns {number} milliseconds
 */
function parseDuration(text) {
  const match = /^(?:(\d+)m)?\s*(?:([\d.]+)(ms|s))?$/.exec(text.trim());
  if (!match) return Number.NaN;
  return Number(match[1] ?? 0) * 60_000 + Number(match[2] ?? 0) * (match[3] === 'ms' ? 1 : 1000);
}

/**
 * Where a build's time went, from the durations Astro and Vite print (to 10 ms):
 * - `setup`: from the process start to Astro's build starting (Node, config, integrations' setup),
 *   i.e. the wall clock minus Astro's own total;
 * - `contentAndTypes`: "Collecting build info" (content layer sync: reading and parsing every
 *   module's frontmatter, then type generation);
 * - `serverBuild` / `clientBuild`: the two Vite/Rolldown builds (the pages' server code, with
 *   every MDX module compiled; then the browser scripts and islands);
 * - `generatePages`: rendering every page to HTML;
 * - `restOfBuild`: the remainder of "Building static entrypoints";
 * - `afterBuild`: `astro:build:done` hooks — in the kit, the Pagefind index.
 * Missing phases (a project with no client scripts has one Vite build) are left out.
 * @param {string} log the build's stdout and stderr
 * @param {number} wallMs
 * @returns {Record<string, number>} milliseconds per phase
 */
export function buildPhases(log, wallMs) {
  // eslint-disable-next-line no-control-regex
  const text = log.replace(/\u001b\[[0-9;]*m/g, '');
  /** @param {RegExp} pattern */
  const first = (pattern) => {
    const match = pattern.exec(text);
    return match ? parseDuration(/** @type {string} */ (match[1])) : Number.NaN;
  };
  const total = first(/page\(s\) built in ([\dm.s ]+?)\s*$/m);
  const collecting = first(/Collecting build info[^\n]*\n[^\n]*✓ Completed in ([\dm.s ]+?)\.?\s*$/m);
  const viteBuilds = [...text.matchAll(/\[vite\] ✓ built in ([\dm.s ]+?)\s*$/gm)].map((match) =>
    parseDuration(/** @type {string} */ (match[1])),
  );
  // Page generation ends with a bare "✓ Completed in", then "[build] ✓ Completed in" closes the static entrypoints.
  const afterRoutes =
    /generating static routes[\s\S]*?✓ Completed in ([\dm.s ]+?)\.?\s*\n[\s\S]*?\[build\] ✓ Completed in ([\dm.s ]+?)\.?\s*$/m.exec(
      text,
    );
  const generate = afterRoutes ? parseDuration(/** @type {string} */ (afterRoutes[1])) : Number.NaN;
  const entrypoints = afterRoutes ? parseDuration(/** @type {string} */ (afterRoutes[2])) : Number.NaN;
  /** @type {Record<string, number>} */
  const phases = {
    setup: wallMs - total,
    contentAndTypes: collecting,
    serverBuild: viteBuilds[0] ?? Number.NaN,
    ...(viteBuilds.length > 1 ? { clientBuild: /** @type {number} */ (viteBuilds[1]) } : {}),
    generatePages: generate,
    restOfBuild: entrypoints - viteBuilds.reduce((sum, ms) => sum + ms, 0) - generate,
    afterBuild: total - collecting - entrypoints,
  };
  return Object.fromEntries(
    Object.entries(phases)
      .filter(([, ms]) => Number.isFinite(ms))
      .map(([name, ms]) => [name, Math.round(ms)]),
  );
}
