// @ts-check
/**
 * Step 6: how the build scales with content. For each size (+0, +100 and +1,000 synthetic modules
 * by default; KAP_BENCH_SCALING=100,1000 picks others) two builds of the SAME modules, one after
 * the other on the same machine:
 * - the kit: a temporary copy of the project (src/, public/, configs; node_modules symlinked) with
 *   the synthetic modules added to src/content/modules/;
 * - a bare Astro + MDX project: only @astrojs/mdx, a content collection with the glob loader and
 *   no schema, one `modules/[slug].astro` page per module rendering it with stub components
 *   (`<span>`/`<div>` around their children) for the MDX components the modules use, no layout.
 * The kit/bare ratio of wall-clock times is the figure (goal: ≤ 1.3 at +1,000). Both builds start
 * cold: each gets its own empty Astro cache (`cacheDir`), so neither reuses the other's (or the
 * repository's) content-layer store. Nothing is written inside the repository.
 */
import { cp, mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { measuredAstroBuild, buildPhases } from './build-site.mjs';
import { componentsUsed, writeSyntheticModules } from './synthetic-modules.mjs';

/** The goal (issue 8): a +1,000-module build takes at most this many times the bare build. */
export const GOAL_SCALING_RATIO = 1.3;
/** Default sizes: +0 shows the fixed cost (islands, worksheets, search UI), the others the per-module cost. */
const DEFAULT_SIZES = [0, 100, 1000];

/** What a build of the kit reads (the same list as tests/build/astro-build.ts's `copyProject`). */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'clinic.config.ts', 'tsconfig.json', 'package.json'];

/** A config that is the project's own plus a private, empty cache. */
const BENCH_CONFIG = 'astro.bench.config.mjs';

/**
 * The sizes to build, from KAP_BENCH_SCALING (comma-separated) or the defaults.
 * @returns {number[]}
 */
export function scalingSizes() {
  const raw = process.env.KAP_BENCH_SCALING;
  if (!raw) return DEFAULT_SIZES;
  const sizes = raw.split(',').map((part) => Number(part.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 0 || size > 5000))
    throw new Error(`KAP_BENCH_SCALING="${raw}": give whole numbers from 0 to 5000, e.g. 100,1000.`);
  return sizes;
}

/**
 * Kit/bare pairs built per size, from KAP_BENCH_SCALING_RUNS (default 1). On a busy or small
 * machine one pair can be 20 % off either way; the pair with the median ratio is reported, with
 * every pair's ratio beside it.
 * @returns {number}
 */
export function scalingRuns() {
  const raw = process.env.KAP_BENCH_SCALING_RUNS;
  if (!raw) return 1;
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1 || runs > 9)
    throw new Error(`KAP_BENCH_SCALING_RUNS="${raw}": give a whole number from 1 to 9.`);
  return runs;
}

/**
 * A temporary copy of the kit with `count` synthetic modules.
 * @param {string} repoRoot
 * @param {string} dir
 * @param {number} count
 */
async function kitProject(repoRoot, dir, count) {
  await mkdir(dir, { recursive: true });
  for (const path of PROJECT_FILES) await cp(join(repoRoot, path), join(dir, path), { recursive: true });
  await symlink(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await writeFile(
    join(dir, BENCH_CONFIG),
    [
      "import config from './astro.config.mjs';",
      "// The project's config with empty caches of its own (Astro's and Vite's, which would otherwise live in the shared node_modules).",
      "export default { ...config, cacheDir: './.bench-cache/', vite: { ...config.vite, cacheDir: './.bench-cache/vite/' } };",
      '',
    ].join('\n'),
  );
  return writeSyntheticModules(dir, count);
}

/**
 * The bare Astro + MDX project, with copies of the kit copy's modules.
 * @param {string} repoRoot
 * @param {string} dir
 * @param {string} modulesFolder the kit copy's src/content/modules
 */
async function bareProject(repoRoot, dir, modulesFolder) {
  const modules = join(dir, 'src/content/modules');
  await mkdir(modules, { recursive: true });
  await cp(modulesFolder, modules, { recursive: true });
  const files = (await readdir(modules)).filter((file) => file.endsWith('.mdx'));
  const components = await componentsUsed(files.map((file) => join(modules, file)));
  await symlink(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await writeFile(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'bare-astro-mdx', private: true, type: 'module' }, null, 2)}\n`,
  );
  await writeFile(
    join(dir, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import mdx from '@astrojs/mdx';",
      'export default defineConfig({',
      "  cacheDir: './.bench-cache/',",
      '  integrations: [mdx()],',
      // The same warning filter as the kit's config: without it Rolldown prints one line per MDX module.
      '  vite: { cacheDir: "./.bench-cache/vite/", build: { rolldownOptions: { onwarn(warning, warn) { if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes("astro:head-inject")) return; warn(warning); } } } },',
      '});',
      '',
    ].join('\n'),
  );
  await writeFile(
    join(dir, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "export const collections = { modules: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/modules' }) }) };",
      '',
    ].join('\n'),
  );
  await mkdir(join(dir, 'src/components'), { recursive: true });
  for (const name of components)
    await writeFile(join(dir, 'src/components', `${name}.astro`), `<span data-stub="${name}"><slot /></span>\n`);
  await mkdir(join(dir, 'src/pages/modules'), { recursive: true });
  await writeFile(
    join(dir, 'src/pages/modules/[slug].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      ...components.map((name) => `import ${name} from '../../components/${name}.astro';`),
      'export async function getStaticPaths() {',
      "  return (await getCollection('modules')).map((module) => ({ params: { slug: module.id }, props: { module } }));",
      '}',
      'const { module } = Astro.props;',
      'const { Content } = await render(module);',
      '---',
      '<html lang="en"><head><meta charset="utf-8"><title>{module.data.title}</title></head>',
      `<body><main><h1>{module.data.title}</h1><Content components={{ ${components.join(', ')} }} /></main></body></html>`,
      '',
    ].join('\n'),
  );
  return { modules: files.length, stubs: components };
}

/**
 * How many module pages a build wrote: a build that silently dropped modules would look fast.
 * @param {string} outDir
 */
async function modulePages(outDir) {
  const entries = await readdir(join(outDir, 'modules'), { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory()).length;
}

/**
 * One measured build, without its log but with its phases.
 * @param {string} repoRoot
 * @param {string} root
 * @param {number} expectedModules
 * @param {string} [config]
 */
async function build(repoRoot, root, expectedModules, config) {
  // Inside the project: the prerender chunks Astro writes there import packages by name, which
  // resolve only next to the project's node_modules.
  const outDir = join(root, 'dist');
  // Every build starts cold, the second pair of a size too.
  await rm(join(root, '.bench-cache'), { recursive: true, force: true });
  const { log, ...measured } = await measuredAstroBuild({
    astroBin: join(repoRoot, 'node_modules/astro/bin/astro.mjs'),
    root,
    outDir,
    config,
  });
  const pages = await modulePages(outDir);
  if (pages !== expectedModules)
    throw new Error(`The build in ${root} wrote ${pages} module pages, not ${expectedModules}.`);
  await rm(outDir, { recursive: true, force: true });
  return { ...measured, phases: buildPhases(log, measured.wallMs) };
}

/**
 * Step 6 for every size, sequentially (on 2 cores, anything alongside would distort the timings).
 * @param {string} repoRoot
 * @param {string} tmp a scratch folder (outside the repository)
 * @param {(message: string) => void} progress
 */
export async function benchBuildScaling(repoRoot, tmp, progress) {
  const sizes = [];
  const runs = scalingRuns();
  for (const added of scalingSizes()) {
    const kitDir = join(tmp, `kit-${added}`);
    const bareDir = join(tmp, `bare-${added}`);
    try {
      const synthetic = await kitProject(repoRoot, kitDir, added);
      const { modules, stubs } = await bareProject(repoRoot, bareDir, join(kitDir, 'src/content/modules'));
      const pairs = [];
      for (let run = 1; run <= runs; run++) {
        const of = runs > 1 ? ` (pair ${run} of ${runs})` : '';
        progress(`  +${added} modules (${modules} in all)${of}: kit build…`);
        const kit = await build(repoRoot, kitDir, modules, BENCH_CONFIG);
        progress(`  +${added}: kit ${(kit.wallMs / 1000).toFixed(1)} s; bare Astro + MDX build…`);
        const bare = await build(repoRoot, bareDir, modules);
        progress(`  +${added}: bare ${(bare.wallMs / 1000).toFixed(1)} s`);
        pairs.push({
          kit,
          bare,
          ratio: Math.round((kit.wallMs / bare.wallMs) * 100) / 100,
          cpuRatio: kit.cpuMs && bare.cpuMs ? Math.round((kit.cpuMs / bare.cpuMs) * 100) / 100 : undefined,
        });
      }
      const median = /** @type {(typeof pairs)[number]} */ (
        [...pairs].sort((a, b) => a.ratio - b.ratio)[Math.floor((pairs.length - 1) / 2)]
      );
      sizes.push({
        added,
        modules,
        wordsPerSyntheticModule: synthetic.words,
        bareStubs: stubs,
        ...median,
        ratios: pairs.map((pair) => pair.ratio),
        cpuRatios: pairs.map((pair) => pair.cpuRatio),
      });
    } finally {
      await rm(kitDir, { recursive: true, force: true });
      await rm(bareDir, { recursive: true, force: true });
    }
  }
  const largest = sizes.find((size) => size.added === 1000);
  return {
    sizes,
    goal: {
      text: `+1,000 modules: kit build ≤ ${GOAL_SCALING_RATIO}× the bare Astro + MDX build`,
      ratio: largest?.ratio,
      met: largest ? largest.ratio <= GOAL_SCALING_RATIO : undefined,
      cpuRatio: largest?.cpuRatio,
    },
    memoryNote:
      'maxRss: the astro build Node process (getrusage at exit; Astro, Vite/Rolldown, MDX, integrations, worker threads). ' +
      'Child processes are not in it: Pagefind indexes in a separate native binary (pagefind_extended), and esbuild runs as a service; ' +
      'their peaks are sampled from /proc every 200 ms (a lower bound), as is the largest total of the whole process tree.',
  };
}
