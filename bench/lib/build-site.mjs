// @ts-check
/**
 * Step 4 (run first, since steps 2 and 3 measure its output): `astro build` into a scratch folder,
 * timed on the wall clock. Building elsewhere than dist/ leaves the site other people are serving
 * or testing alone.
 */
import { spawn } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';

/** A cold build takes ≈ 10–20 s here; this only catches a hang. */
const BUILD_TIMEOUT_MS = 240_000;

/**
 * Runs `astro build --outDir <outDir>` with this Node (Astro refuses Node < 22, which may be the
 * first `node` on PATH) and telemetry off.
 * @param {string} repoRoot
 * @param {string} outDir
 * @returns {Promise<{ wallMs: number }>}
 */
export async function buildSite(repoRoot, outDir) {
  /** @type {NodeJS.ProcessEnv} */
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    // Anything the build spawns gets this Node too.
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
  };
  // Measured at the root path, so URLs in the HTML map straight onto files in outDir.
  delete env.KAP_BASE;
  delete env.KAP_SITE;
  const astro = join(repoRoot, 'node_modules/astro/bin/astro.mjs');
  const start = performance.now();
  const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
  if (code !== 0) {
    const tail = log.trim().split('\n').slice(-25).join('\n');
    throw new Error(`astro build failed (exit ${code}${wallMs >= BUILD_TIMEOUT_MS ? ', timed out' : ''}):\n${tail}`);
  }
  return { wallMs: Math.round(wallMs) };
}
