#!/usr/bin/env node
/**
 * Builds the site without ever leaving a broken `dist/`: `astro build` writes into a fresh
 * `.dist-next/` inside the project, and only when the whole build succeeds (the link check and the
 * search index included, which run after Astro has written every page) does that folder replace
 * `dist/`. A failed build leaves the last good `dist/` exactly as it was, so a running `npm start`
 * or preview keeps serving a working site, and removes `.dist-next/`. The old `dist/` is moved to
 * `.dist-old/` for the moment of the swap and then removed.
 *
 * Why inside the project: Astro's build fails with an `outDir` outside the project root.
 *
 * Usage: node scripts/build.mjs [astro build options…]
 *   Every option is passed on to `astro build`. `--outDir <dir>` names the folder to replace
 *   (default `dist`, relative to the project root as in Astro); `--root <dir>` the project.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';

const STAGING = '.dist-next';

/**
 * Splits `--name value` / `--name=value` out of the arguments.
 * @returns the value (undefined when absent) and the other arguments
 */
function takeOption(args, name) {
  const rest = [];
  let value;
  for (let at = 0; at < args.length; at += 1) {
    const arg = args[at];
    if (arg === `--${name}`) value = args[(at += 1)];
    else if (arg.startsWith(`--${name}=`)) value = arg.slice(name.length + 3);
    else rest.push(arg);
  }
  return { value, rest };
}

const { value: outDirOption, rest: afterOutDir } = takeOption(process.argv.slice(2), 'outDir');
const { value: rootOption } = takeOption(afterOutDir, 'root');
const root = resolve(rootOption ?? '.');
const target = resolve(root, outDirOption ?? 'dist');
const staging = join(root, STAGING);
const shown = (dir) => relative(process.cwd(), dir) || '.';

/**
 * Replaces `target` with the new build: two renames, so a server reading it sees the old site or
 * the new one, never half of each; or, where a folder cannot be renamed (one in use on Windows, a
 * mount point), by emptying it and copying the new site in.
 */
function publish() {
  const old = join(dirname(target), `.${basename(target)}-old`);
  rmSync(old, { recursive: true, force: true });
  let renamed = false;
  try {
    if (existsSync(target)) renameSync(target, old);
    try {
      renameSync(staging, target);
      renamed = true;
    } catch (error) {
      if (existsSync(old)) renameSync(old, target);
      throw error;
    }
  } catch {
    if (existsSync(target))
      for (const entry of readdirSync(target)) rmSync(join(target, entry), { recursive: true, force: true });
    cpSync(staging, target, { recursive: true });
  }
  try {
    rmSync(renamed ? old : staging, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // Left for the next build to remove: the new site is in place either way.
  }
}

rmSync(staging, { recursive: true, force: true });
const astro = join(
  dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')),
  'bin',
  'astro.mjs',
);
const child = spawn(process.execPath, [astro, 'build', ...afterOutDir, '--outDir', staging], { stdio: 'inherit' });

// Ctrl-C reaches the build too (same process group); a signal sent to this script alone is passed
// on. Either way this script waits for the build to end, so it can clean up after it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));

child.on('exit', (code, signal) => {
  if (code === 0) {
    publish();
    console.log(`\nBuild: ${shown(target)}/ now holds the new site.`);
    return;
  }
  rmSync(staging, { recursive: true, force: true });
  const kept = existsSync(target)
    ? `${shown(target)}/ was left as it was (the last good build).`
    : `there was no ${shown(target)}/ before, and there is none now.`;
  console.error(`\nBuild failed${signal ? ` (stopped by ${signal})` : ''}: ${kept}`);
  process.exit(code || 1);
});
