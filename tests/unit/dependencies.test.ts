import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, extname, join, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * package.json's two lists say what a clinic needs to build and serve the site and what only
 * developers need, so `npm ci --omit=dev && npm run build` (and `npm start`) work on a deploy host:
 * - every package the build imports (src/, astro.config.mjs, clinic.config.ts, and the scripts
 *   `npm run build`, `npm start` and `npm run preview` run) is in "dependencies";
 * - everything in "dependencies" is needed by that build, not only by tests or tools;
 * - every package in either list is used somewhere (imported, a command in a script, a test
 *   environment, a peer another one needs), or is in ALLOWED_UNIMPORTED below with its reason.
 */

const ROOT = join(import.meta.dirname, '..', '..');

interface PackageJson {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
const dependencies = Object.keys(pkg.dependencies);
const devDependencies = Object.keys(pkg.devDependencies);
const declared = [...dependencies, ...devDependencies];

/** Packages that nothing imports but that are needed all the same, and why. */
const ALLOWED_UNIMPORTED: Record<string, string> = {
  node: 'pins Node 24: npm puts its node_modules/.bin/node first on PATH, so every npm script runs on it',
  '@astrojs/check': '`astro check` (npm run check, npm test) loads it by name',
  'prettier-plugin-astro': 'Prettier loads it by name from .prettierrc.json (`plugins`) to format .astro files',
};

/** Folders never read: installed packages, build output, and the build tests' throwaway copies. */
const SKIPPED = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.git',
  'test-results',
  'playwright-report',
  join('tests', '.tmp'),
]);
const SOURCE = /\.(?:[cm]?[jt]sx?|astro|mdx|css)$/;

/** Every source file under a folder of the repository, as paths from the root. */
function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name) && !SKIPPED.has(path)) walk(path);
      } else if (SOURCE.test(entry.name)) found.push(path);
    }
  };
  walk(folder);
  return found;
}

/** The JavaScript of a file: all of it, an .astro file's frontmatter and scripts, an .mdx file's import lines. */
function codeOf(path: string): string {
  const text = readFileSync(join(ROOT, path), 'utf8');
  if (path.endsWith('.astro')) {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
    return [frontmatter, ...scripts].join('\n');
  }
  if (path.endsWith('.mdx'))
    return text
      .split('\n')
      .filter((line) => /^(?:import|export)\s/.test(line))
      .join('\n');
  return text;
}

/** Every module a file names: static, dynamic and type imports, require(), `/// <reference types>`, CSS @import. */
function specifiersIn(path: string): string[] {
  const code = codeOf(path);
  if (path.endsWith('.css'))
    return [...code.matchAll(/@import\s+(?:url\()?['"]([^'"]+)['"]/g)].map((match) => match[1]!);
  const info = ts.preProcessFile(code, true, true);
  return [...info.importedFiles, ...info.typeReferenceDirectives].map((ref) => ref.fileName);
}

const BUILTINS = new Set(builtinModules);

/** The package a bare specifier names (`@scope/name` or `name`), or undefined for files, built-ins and virtual modules. */
function packageOf(specifier: string): string | undefined {
  if (/^(?:\.|\/|[a-z]+:)/.test(specifier) || BUILTINS.has(specifier.split('/')[0]!)) return undefined;
  const parts = specifier.split('?')[0]!.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The file a relative import points at, trying the extensions TypeScript and Vite would. */
function resolveRelative(from: string, specifier: string): string | undefined {
  const base = join(dirname(from), specifier.split('?')[0]!);
  const candidates = [
    base,
    base.replace(/\.js$/, '.ts'),
    ...['.ts', '.tsx', '.mjs', '.js', '.astro'].map((ext) => base + ext),
    join(base, 'index.ts'),
  ];
  return candidates.find((path) => extname(path) && existsSync(join(ROOT, path)) && SOURCE.test(path));
}

/** The files a set of entry files reach through relative imports, the entries included. */
function reachedFrom(entries: string[]): string[] {
  const seen = new Set(entries);
  const queue = [...entries];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    for (const specifier of specifiersIn(path)) {
      if (!specifier.startsWith('.')) continue;
      const target = resolveRelative(path, specifier);
      if (target && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...seen].map((path) => path.split(sep).join('/'));
}

/** Which packages the given files import, with the first file that imports each. */
function importsOf(files: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of files) {
    for (const specifier of specifiersIn(file)) {
      const name = packageOf(specifier);
      if (name && !found.has(name)) found.set(name, file);
    }
  }
  return found;
}

/** The files `npm run build`, `npm start` and `npm run preview` run with node (scripts/serve.mjs). */
const scriptsRunByBuildAndStart = ['build', 'start', 'preview'].flatMap((name) =>
  [...(pkg.scripts[name] ?? '').matchAll(/\bnode\s+(\S+\.m?js)\b/g)].map((match) => match[1]!),
);

/** Everything the build and the local server read. */
const buildFiles = reachedFrom([
  ...sourceFiles('src'),
  'astro.config.mjs',
  'clinic.config.ts',
  ...scriptsRunByBuildAndStart,
]);
const buildImports = importsOf(buildFiles);

/** Everything else that runs: tests, benchmarks, scripts and the configs at the root. */
const rootConfigs = readdirSync(ROOT).filter((name) => /\.(?:[cm]?[jt]s)$/.test(name));
const allFiles = [...buildFiles, ...['tests', 'bench', 'scripts'].flatMap(sourceFiles), ...rootConfigs];
const allImports = importsOf(allFiles);

/** A package's own package.json from node_modules (its bins and peers). */
function manifestOf(name: string): {
  bin?: string | Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
} {
  const path = join(ROOT, 'node_modules', name, 'package.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
}

/** The peers a package cannot work without (npm installs them beside it). */
function requiredPeersOf(name: string): string[] {
  const { peerDependencies = {}, peerDependenciesMeta = {} } = manifestOf(name);
  return Object.keys(peerDependencies).filter((peer) => !peerDependenciesMeta[peer]?.optional);
}

/** The commands a package puts in node_modules/.bin. */
function binsOf(name: string): string[] {
  const { bin } = manifestOf(name);
  if (!bin) return [];
  return typeof bin === 'string' ? [name.split('/').at(-1)!] : Object.keys(bin);
}

/**
 * The packages listed in package.json that a package the build imports needs beside it (react-dom
 * for @astrojs/react), each with the one that needs it. Types are left out: the build checks none.
 */
const buildPeers = new Map(
  [...buildImports.keys()].flatMap((name) =>
    requiredPeersOf(name)
      .filter((peer) => declared.includes(peer) && !peer.startsWith('@types/'))
      .map((peer) => [peer, name] as const),
  ),
);

const scriptWords = new Set(Object.values(pkg.scripts).flatMap((script) => script.split(/[\s&|;]+/)));
/** Packages that test files name as their environment (`// @vitest-environment jsdom`); Vitest's own `node` is none. */
const testEnvironments = new Set(
  allFiles
    .flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(/@vitest-environment\s+([\w@/-]+)/g)].map(
        (match) => match[1]!,
      ),
    )
    .filter((name) => name !== 'node' && name !== 'edge-runtime'),
);
const usesNodeBuiltins = allFiles.some((file) => specifiersIn(file).some((specifier) => specifier.startsWith('node:')));

/** Why a declared package is there, or undefined when nothing uses it. */
function whatUses(name: string, used: Set<string>): string | undefined {
  if (ALLOWED_UNIMPORTED[name]) return ALLOWED_UNIMPORTED[name];
  if (allImports.has(name)) return `imported by ${allImports.get(name)}`;
  if (binsOf(name).some((bin) => scriptWords.has(bin))) return 'a command in package.json "scripts"';
  if (testEnvironments.has(name)) return 'a Vitest environment (// @vitest-environment)';
  if (name === '@types/node' && usesNodeBuiltins) return 'the types of node: imports';
  if (name.startsWith('@types/')) {
    const typed = name.slice('@types/'.length).replace(/^(.+)__(.+)$/, '@$1/$2');
    if (used.has(typed)) return `the types of ${typed}`;
  }
  const needing = [...used].find((other) => requiredPeersOf(other).includes(name));
  return needing && `a peer dependency of ${needing}`;
}

/** Every declared package with what uses it; found by widening until nothing new is used (peers, types). */
function usesOfDeclared(): Map<string, string | undefined> {
  const used = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const name of declared) {
      if (!used.has(name) && whatUses(name, used)) {
        used.add(name);
        grew = true;
      }
    }
  }
  return new Map(declared.map((name) => [name, whatUses(name, used)]));
}

describe('package.json dependencies', () => {
  it('finds what the build imports (the check can see)', () => {
    expect(buildFiles).toContain('scripts/serve.mjs');
    expect(buildFiles).toContain('scripts/headers-file.mjs');
    expect(buildFiles).toContain('src/integrations/pagefind.ts');
    for (const name of [
      'astro',
      'react',
      'pdf-lib',
      '@pdf-lib/fontkit',
      'zod',
      'pagefind',
      'sirv',
      '@expo-google-fonts/noto-sans',
    ]) {
      expect(buildImports.has(name), name).toBe(true);
    }
    // And only that: test tools are imported, but not by the build.
    expect(allImports.has('vitest') && !buildImports.has('vitest')).toBe(true);
    expect(packageOf('@hookform/resolvers/zod')).toBe('@hookform/resolvers');
    expect(packageOf('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url')).toBe(
      '@expo-google-fonts/noto-sans',
    );
    expect([packageOf('astro:content'), packageOf('node:fs'), packageOf('fs/promises'), packageOf('./x')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('lists every package the build imports in "dependencies", so npm ci --omit=dev can build', () => {
    const missing = [...buildImports]
      .filter(([name]) => !dependencies.includes(name))
      .map(
        ([name, file]) =>
          `${file} imports "${name}": add it to "dependencies" in package.json${devDependencies.includes(name) ? ' (it is in "devDependencies")' : ''}`,
      );
    const missingPeers = [...buildPeers]
      .filter(([peer]) => !dependencies.includes(peer))
      .map(
        ([peer, needing]) =>
          `the build uses "${needing}", which needs "${peer}" beside it: move "${peer}" to "dependencies" in package.json`,
      );
    expect([...missing, ...missingPeers]).toEqual([]);
  });

  it('lists in "dependencies" only what the build and npm start need; tests and tools go in "devDependencies"', () => {
    // `node` too: without it an install that leaves devDependencies out would build on whatever Node the host has.
    const neededByBuild = new Set([...buildImports.keys(), ...buildPeers.keys(), 'node']);
    const extra = dependencies
      .filter((name) => !neededByBuild.has(name))
      .map(
        (name) =>
          `package.json "dependencies" has "${name}", which the build does not use: move it to "devDependencies"`,
      );
    expect(extra).toEqual([]);
  });

  it('keeps the Node 24 pin in "dependencies", so an install without devDependencies builds on Node 24 too', () => {
    expect(pkg.dependencies.node).toMatch(/^\^24\./);
  });

  it('lists every package tests, benchmarks and scripts import, not leaving them to arrive with another package', () => {
    const undeclared = [
      ...allImports,
      ...[...testEnvironments].map((name) => [name, '// @vitest-environment'] as const),
    ]
      .filter(([name]) => !declared.includes(name))
      .map(([name, file]) => `${file} uses "${name}", which package.json does not list: add it to "devDependencies"`);
    expect(undeclared).toEqual([]);
  });

  it('lists each package once', () => {
    expect(dependencies.filter((name) => devDependencies.includes(name))).toEqual([]);
  });

  it('lists no package that nothing uses', () => {
    const uses = usesOfDeclared();
    const unused = [...uses]
      .filter(([, use]) => use === undefined)
      .map(
        ([name]) =>
          `package.json lists "${name}", but no file in src/, tests/, bench/, scripts/ or the root configs imports it and no script runs it: remove it, or add it to ALLOWED_UNIMPORTED in tests/unit/dependencies.test.ts with the reason`,
      );
    expect(unused).toEqual([]);
    // The allow-list holds only what no other rule finds, so it stays short and true.
    for (const name of Object.keys(ALLOWED_UNIMPORTED)) {
      expect(declared, `ALLOWED_UNIMPORTED names "${name}", which package.json does not list`).toContain(name);
      expect(
        allImports.has(name),
        `"${name}" is imported (${allImports.get(name)}): take it out of ALLOWED_UNIMPORTED`,
      ).toBe(false);
    }
  });
});
