import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Where build tests put fixtures and output: inside the repo (gitignored), so a fixture project
 * resolves `astro` and friends from the repo's own node_modules.
 */
const TMP = join(ROOT, 'tests', '.tmp');

/** A fresh, empty temporary folder under tests/.tmp. */
export function tempDir(prefix: string): string {
  mkdirSync(TMP, { recursive: true });
  return mkdtempSync(join(TMP, `${prefix}-`));
}

/** Removes a folder made by {@link tempDir} or {@link copyProject}. */
export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

/**
 * Copies the parts of the project a build reads into a temp folder, so a test can break one file
 * (a module's frontmatter, the clinic config) and build that copy without touching the real one.
 */
export function copyProject(prefix: string): string {
  const dir = tempDir(prefix);
  for (const path of ['src', 'public', 'astro.config.mjs', 'clinic.config.ts', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  }
  return dir;
}

export interface BuildResult {
  ok: boolean;
  /** stdout and stderr together, as a developer would read them. */
  output: string;
}

/**
 * Runs the real `astro build` CLI (the same command `npm run build` runs) on Node 24.
 * @param root the project folder
 * @param outDir where the site goes
 * @param env extra environment, e.g. `{ KAP_BASE: '/kap/' }`
 */
export function astroBuild(root: string, outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test…) into process.env; a child
  // build must not inherit them, or it builds as if under test (BASE_URL '/' overrides `base`).
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(key)),
  );
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [astro, 'build', '--root', root, '--outDir', outDir],
      {
        cwd: root,
        env: { ...inherited, ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ ok: !error, output: `${stdout}\n${stderr}` }),
    );
  });
}

/** Every file under `dir`, as `/`-separated paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Reads a built file as text. */
export const readBuilt = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

/** The slugs of the modules in the repo that are not drafts (file names without `.mdx`). */
export function publishedModuleSlugs(): string[] {
  const folder = join(ROOT, 'src', 'content', 'modules');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .filter((file) => !/^draft:\s*true\s*$/m.test(readFileSync(join(folder, file), 'utf8').split(/^---$/m)[1] ?? ''))
    .map((file) => file.replace(/\.mdx$/, ''))
    .sort();
}
