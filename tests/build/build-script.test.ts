import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeDir, ROOT, type BuildResult } from './astro-build';
import { withLinkCheck } from './link-check-config';

/**
 * Runs `node scripts/build.mjs` in a project copy, as `npm run build` does. Vitest's own variables
 * (BASE_URL, MODE, NODE_ENV=test…) are left out, as in `astroBuild`, or the child builds as if under test.
 */
function buildScript(dir: string): Promise<BuildResult & { code: number }> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(key)),
  );
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/build.mjs'],
      { cwd: dir, env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({
          ok: !error,
          code: typeof error?.code === 'number' ? error.code : error ? 1 : 0,
          output: `${stdout}\n${stderr}`,
        }),
    );
  });
}

/** The module hidden to break the build: pages link to it, so the link check fails once Astro has written the site. */
const moduleFile = (dir: string) => join(dir, 'src', 'content', 'modules', 'set-and-setting.mdx');

describe('scripts/build.mjs replaces dist/ only with a build that succeeded', () => {
  let dir: string;
  let original: string;
  let first: BuildResult;
  let failed: BuildResult & { code: number };
  let keptIndex: string;
  let again: BuildResult;

  beforeAll(async () => {
    dir = copyProject('build-script');
    withLinkCheck(dir);
    mkdirSync(join(dir, 'scripts'), { recursive: true });
    cpSync(join(ROOT, 'scripts', 'build.mjs'), join(dir, 'scripts', 'build.mjs'));
    original = readFileSync(moduleFile(dir), 'utf8');

    first = await buildScript(dir);
    keptIndex = readFileSync(join(dir, 'dist', 'index.html'), 'utf8');
    // A file no build writes: still there after a failed build shows dist/ was not touched at all.
    writeFileSync(join(dir, 'dist', 'kept.txt'), 'the last good build');

    writeFileSync(moduleFile(dir), original.replace(/^---\n/, '---\ndraft: true\n'));
    failed = await buildScript(dir);
  }, 300_000);
  afterAll(() => removeDir(dir));

  it('builds into dist/ and leaves no staging folder behind', () => {
    expect(first.ok, first.output).toBe(true);
    expect(first.output).toContain('Build: dist/ now holds the new site.');
    expect(keptIndex).toContain('<html');
    expect(existsSync(join(dir, '.dist-next'))).toBe(false);
    expect(existsSync(join(dir, '.dist-old'))).toBe(false);
  });

  it('fails with the build’s own error when a link goes nowhere, and says dist/ was kept', () => {
    expect(failed.ok).toBe(false);
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain(
      'src/content/modules/music-and-sound.mdx (/modules/music-and-sound/) links to /modules/set-and-setting/',
    );
    expect(failed.output).toContain('Build failed: dist/ was left as it was (the last good build).');
  });

  it('leaves the last good dist/ exactly as it was, and cleans up the failed build', () => {
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe(keptIndex);
    expect(readFileSync(join(dir, 'dist', 'kept.txt'), 'utf8')).toBe('the last good build');
    expect(existsSync(join(dir, 'dist', 'modules', 'set-and-setting', 'index.html'))).toBe(true);
    expect(existsSync(join(dir, '.dist-next'))).toBe(false);
  });

  it('replaces dist/ as a whole once the build succeeds again', async () => {
    writeFileSync(moduleFile(dir), original);
    again = await buildScript(dir);
    expect(again.ok, again.output).toBe(true);
    expect(existsSync(join(dir, 'dist', 'kept.txt'))).toBe(false);
    expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(true);
    expect(existsSync(join(dir, '.dist-next'))).toBe(false);
    expect(existsSync(join(dir, '.dist-old'))).toBe(false);
  });
});
