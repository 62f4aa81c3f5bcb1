// @ts-check
/**
 * Bundles the PDF benchmark entries with esbuild: the engine is TypeScript with extensionless
 * imports, a JSON import, a Vite-style `?url` font import and (for the list of worksheets) an
 * eager `import.meta.glob`, none of which Node or a browser can load as is.
 */
import { globSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';

/**
 * `font-url.ts` imports the font as `…/NotoSans_400Regular.ttf?url`, a Vite convention meaning
 * "emit this file and give me its URL". esbuild has no `?url`; this maps the import to the plain
 * `.ttf` path, which the `file` loader then copies next to the bundle, exporting its URL — the
 * same result as on the site.
 * @type {esbuild.Plugin}
 */
const ttfUrlPlugin = {
  name: 'ttf-url',
  setup(build) {
    build.onResolve({ filter: /\.ttf\?url$/ }, async (args) => {
      const resolved = await build.resolve(args.path.slice(0, -'?url'.length), {
        kind: args.kind,
        resolveDir: args.resolveDir,
      });
      return resolved.errors.length > 0 ? { errors: resolved.errors } : { path: resolved.path };
    });
  },
};

/**
 * Vite's eager glob of default exports, the only shape the kit uses (src/worksheets/definitions.ts),
 * optionally of files' URLs (`query: '?url'`, src/clinic/settings.ts: the clinic's logo), which the
 * `file` loaders below give as the default export.
 */
const EAGER_DEFAULT_GLOB =
  /import\.meta\.glob(?:<(?:[^<>]|<[^<>]*>)*>)?\(\s*(['"])([^'"]+)\1\s*,\s*\{\s*eager:\s*true\s*,\s*(?:query:\s*(['"])\?url\3\s*,\s*)?import:\s*(['"])default\4\s*,?\s*\}\s*\)/g;

/**
 * Vite's `import.meta.glob('./*\/x.ts', { eager: true, import: 'default' })` for esbuild: the call
 * becomes an object of the matching files' default exports keyed by relative path, sorted like
 * Vite's, so the bench uses exactly the worksheets the site ships. Any other glob shape stops the
 * bundle with a message rather than being bundled wrong.
 * @type {esbuild.Plugin}
 */
const eagerGlobPlugin = {
  name: 'eager-import-meta-glob',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.glob')) return undefined;
      /** @type {string[]} */
      const imports = [];
      const code = source.replace(EAGER_DEFAULT_GLOB, (_call, _quote, pattern) => {
        const files = globSync(pattern, { cwd: dirname(args.path) })
          .map((file) => `./${file.split('\\').join('/').replace(/^\.\//, '')}`)
          .sort();
        const entries = files.map((file) => {
          const name = `__glob_${imports.length}`;
          imports.push(`import ${name} from ${JSON.stringify(file)};`);
          return `${JSON.stringify(file)}: ${name}`;
        });
        return `{ ${entries.join(', ')} }`;
      });
      if (code.includes('import.meta.glob')) {
        return {
          errors: [
            {
              text: `${args.path}: only import.meta.glob(pattern, { eager: true, import: 'default' }) is supported by the bench bundle.`,
            },
          ],
        };
      }
      return { contents: `${imports.join('\n')}\n${code}`, loader: 'ts' };
    });
  },
};

/** Options both bundles share. @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  format: 'esm',
  loader: { '.ttf': 'file', '.png': 'file', '.jpg': 'file', '.jpeg': 'file', '.svg': 'file' },
  plugins: [ttfUrlPlugin, eagerGlobPlugin],
  logLevel: 'error',
  // Like Vite for the site: production builds of dependencies, minified code.
  define: { 'process.env.NODE_ENV': '"production"' },
  minify: true,
};

/**
 * The Node entry as one ES module, `<outDir>/pdf-in-node.mjs`.
 * @param {string} repoRoot
 * @param {string} outDir
 * @returns {Promise<string>} the bundle's path
 */
export async function bundleForNode(repoRoot, outDir) {
  return bundleNodeScript(join(repoRoot, 'bench/pdf-in-node.ts'), join(outDir, 'pdf-in-node.mjs'));
}

/**
 * Any TypeScript entry that imports the kit's source, as one ES module Node can run (the bench's
 * Node entry; the build test that drops a new worksheet into a copy of the project).
 * @param {string} entry the `.ts` file
 * @param {string} outfile the `.mjs` to write
 * @returns {Promise<string>} `outfile`
 */
export async function bundleNodeScript(entry, outfile) {
  await esbuild.build({
    ...common,
    entryPoints: [entry],
    platform: 'node',
    target: 'node22',
    outfile,
    // pdf-lib's and fontkit's CommonJS parts may `require` Node built-ins, which an ES module
    // bundle can only do through a real `require`.
    banner: {
      js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);",
    },
  });
  return outfile;
}

/**
 * The browser entry plus a page that loads it, in `outDir` (served at `/`). Code splitting keeps
 * `import('@pdf-lib/fontkit')` a separate chunk fetched on first use, as on the site, so the cold
 * Unicode run pays for it like a patient's browser does.
 * @param {string} repoRoot
 * @param {string} outDir
 */
export async function bundleForBrowser(repoRoot, outDir) {
  await esbuild.build({
    ...common,
    entryPoints: [join(repoRoot, 'bench/pdf-in-browser.ts')],
    platform: 'browser',
    target: 'es2022',
    splitting: true,
    outdir: outDir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    publicPath: '/',
  });
  // The empty icon stops Chromium asking for /favicon.ico, whose 404 would show up as a console error.
  await writeFile(
    join(outDir, 'index.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>PDF bench</title><link rel="icon" href="data:,"><script type="module" src="/pdf-in-browser.js"></script></html>\n',
  );
}
