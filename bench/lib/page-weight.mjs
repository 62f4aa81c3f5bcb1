// @ts-check
/**
 * Step 2: bytes of the BUILT site per page type, before any interaction, and the chunks fetched
 * on demand when a PDF is made. Read from the HTML and JavaScript files in the build folder (no
 * browser), so the numbers do not depend on caching or timing.
 *
 * Before interaction means:
 * - JS: inline scripts, external `<script src>`, `<link rel=modulepreload>`, each Astro island's
 *   `component-url`, `renderer-url` and `before-hydration-url`, and everything those import
 *   STATICALLY (`import … from "./x.js"`, `import "./x.js"`, `export … from`). Dynamic `import()`
 *   is loaded on demand, so it is not followed.
 * - CSS: `<link rel=stylesheet>` (and their `@import`s) plus inline `<style>`.
 * Inline scripts and styles are part of the HTML's bytes too; the "total" adds only the HTML and
 * the external files, so nothing is counted twice.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gzipSize } from './util.mjs';

/** The page types measured: URL path and file in the build folder. */
export const PAGES = [
  { id: 'home', url: '/', file: 'index.html' },
  {
    id: 'module',
    url: '/modules/what-is-a-preparation-session/',
    file: 'modules/what-is-a-preparation-session/index.html',
  },
  { id: 'worksheet', url: '/worksheets/intention/', file: 'worksheets/intention/index.html' },
  { id: 'worksheet-chaperone', url: '/worksheets/chaperone/', file: 'worksheets/chaperone/index.html' },
  { id: 'link-builder', url: '/providers/link-builder/', file: 'providers/link-builder/index.html' },
  { id: 'plan', url: '/plan/', file: 'plan/index.html' },
];

/** A string only pdf-lib's code has (its producer URL): how its chunk is recognised, whatever Vite names it. */
const PDF_LIB_MARKER = 'Hopding/pdf-lib';
/** Font files a page could fetch. */
const FONT_FILE = /\.(?:ttf|otf|woff2?)$/i;

/**
 * Which part of the PDF engine a built file is — pdf-lib (by content: Vite names its chunk after
 * whichever module it lands with), fontkit (its chunk's name), a font (by extension) — or
 * `undefined` for anything else. Tests use it to prove these load only when a PDF is made.
 * @param {string} url a root-relative URL path
 * @param {string} [text] the file's content, for scripts
 * @returns {'pdf-lib' | 'fontkit' | 'font' | undefined}
 */
export function pdfEnginePart(url, text = '') {
  if (FONT_FILE.test(url)) return 'font';
  if (basename(url).startsWith('fontkit')) return 'fontkit';
  if (text.includes(PDF_LIB_MARKER)) return 'pdf-lib';
  return undefined;
}

/** Script types a browser runs as JavaScript (no type = classic script). */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
/** Safety bound on a page's module graph, so a parsing surprise cannot loop forever. */
const MAX_FILES = 500;

/**
 * Attributes of one start tag, lower-cased names, entities left as they are (URLs here have none).
 * @param {string} attributes
 */
function parseAttributes(attributes) {
  /** @type {Record<string, string>} */
  const result = {};
  for (const match of attributes.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    result[(match[1] ?? '').toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return result;
}

/**
 * Static import specifiers of an ES module (minified or not). Only relative and root-relative
 * specifiers are taken: the built site has no bare imports left, and it keeps a stray `from"x"`
 * inside some string from being mistaken for an import.
 * @param {string} code
 */
function staticImports(code) {
  const found = new Set();
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["']((?:\.{1,2}\/|\/)[^"'\s]+\.m?js)["']/g))
    found.add(match[1]);
  return [...found];
}

/**
 * `import("./x.js")` targets (Vite writes them with backticks).
 * @param {string} code
 */
function dynamicImports(code) {
  const found = new Set();
  for (const match of code.matchAll(/\bimport\(\s*["'`]((?:\.{1,2}\/|\/)[^"'`\s]+\.m?js)["'`]\s*\)/g))
    found.add(match[1]);
  return [...found];
}

/**
 * Reads files of the build folder by URL path, caching their bytes and gzip sizes.
 * @param {string} outDir
 */
export function siteFiles(outDir) {
  /** @type {Map<string, { raw: number, gzip: number, text: string }>} */
  const cache = new Map();
  return {
    /** @param {string} url a root-relative URL path */
    async get(url) {
      let entry = cache.get(url);
      if (!entry) {
        const path = join(outDir, decodeURIComponent(url));
        if (!existsSync(path)) throw new Error(`The build has no file for ${url} (looked for ${path}).`);
        const bytes = await readFile(path);
        entry = { raw: bytes.length, gzip: gzipSize(bytes), text: bytes.toString('utf8') };
        cache.set(url, entry);
      }
      return entry;
    },
  };
}

/**
 * Resolves a specifier against the URL of the file that contains it.
 * @param {string} specifier
 * @param {string} fromUrl a root-relative URL path
 */
const resolveUrl = (specifier, fromUrl) => new URL(specifier, `http://site${fromUrl}`).pathname;

/**
 * Everything `entries` import statically, entries included.
 * @param {ReturnType<typeof siteFiles>} files
 * @param {string[]} entries root-relative URLs
 * @param {(code: string) => string[]} [imports] how to find a file's static imports
 */
async function closure(files, entries, imports = staticImports) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const url = /** @type {string} */ (queue.shift());
    if (seen.has(url)) continue;
    if (seen.size >= MAX_FILES)
      throw new Error(`More than ${MAX_FILES} files in one module graph: the import scan has gone wrong.`);
    seen.add(url);
    const { text } = await files.get(url);
    for (const specifier of imports(text)) queue.push(resolveUrl(specifier, url));
  }
  return [...seen];
}

/**
 * Raw and gzip totals of some files, and the files themselves.
 * @param {ReturnType<typeof siteFiles>} files
 * @param {string[]} urls
 */
async function sizes(files, urls) {
  const list = [];
  for (const url of urls) {
    const { raw, gzip } = await files.get(url);
    list.push({ url, raw, gzip });
  }
  return {
    raw: list.reduce((sum, file) => sum + file.raw, 0),
    gzip: list.reduce((sum, file) => sum + file.gzip, 0),
    files: list,
  };
}

/**
 * What one page loads before interaction.
 * @param {ReturnType<typeof siteFiles>} files
 * @param {{ id: string, url: string, file: string }} page
 */
export async function measurePage(files, page) {
  const html = await files.get(`/${page.file}`);
  // <template> content is inert until cloned (the search dialog is cloned on the first click).
  const live = html.text.replace(/<template\b[\s\S]*?<\/template\s*>/gi, '');

  /** @type {string[]} */ const inlineScripts = [];
  /** @type {string[]} */ const scriptUrls = [];
  /** @type {string[]} */ const inlineModuleImports = [];
  for (const match of live.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = parseAttributes(match[1] ?? '');
    if (!JS_TYPES.has((attributes.type ?? '').toLowerCase())) continue;
    if (attributes.src) scriptUrls.push(resolveUrl(attributes.src, page.url));
    else {
      inlineScripts.push(match[2] ?? '');
      for (const specifier of staticImports(match[2] ?? '')) inlineModuleImports.push(resolveUrl(specifier, page.url));
    }
  }
  /** @type {string[]} */ const stylesheetUrls = [];
  /** @type {string[]} */ const preloadedFonts = [];
  for (const match of live.matchAll(/<link\b([^>]*)>/gi)) {
    const attributes = parseAttributes(match[1] ?? '');
    const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
    if (!attributes.href) continue;
    if (rel.includes('stylesheet')) stylesheetUrls.push(resolveUrl(attributes.href, page.url));
    if (rel.includes('modulepreload')) scriptUrls.push(resolveUrl(attributes.href, page.url));
    if (rel.includes('preload') && FONT_FILE.test(attributes.href))
      preloadedFonts.push(resolveUrl(attributes.href, page.url));
  }
  const islandUrls = [];
  for (const match of live.matchAll(/<astro-island\b([^>]*)>/gi)) {
    const attributes = parseAttributes(match[1] ?? '');
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      if (attributes[name]) islandUrls.push(resolveUrl(attributes[name], page.url));
    }
  }
  const inlineStyles = [...live.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((match) => match[1] ?? '');

  const jsUrls = await closure(files, [...new Set([...scriptUrls, ...islandUrls, ...inlineModuleImports])]);
  const cssImports = (/** @type {string} */ css) =>
    [...css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g)].map((match) => /** @type {string} */ (match[1]));
  const cssUrls = await closure(files, [...new Set(stylesheetUrls)], cssImports);

  const inlineJs = inlineScripts.join('\n');
  const inlineCss = inlineStyles.join('\n');
  // Fonts the page asks for before interaction: preloaded, or named by its CSS (a browser fetches
  // an @font-face file only when text uses it, so this over-counts, which is the safe side).
  const cssTexts = [inlineCss, ...(await Promise.all(cssUrls.map(async (url) => (await files.get(url)).text)))];
  const fontUrls = [
    ...new Set([
      ...preloadedFonts,
      ...cssTexts.flatMap((css) =>
        [...css.matchAll(/url\(\s*["']?([^"')\s]+)/g)]
          .map((match) => /** @type {string} */ (match[1]))
          .filter((url) => FONT_FILE.test(url)),
      ),
    ]),
  ];
  const externalJs = await sizes(files, jsUrls);
  const externalCss = await sizes(files, cssUrls);
  const code = [inlineJs, ...(await Promise.all(jsUrls.map(async (url) => (await files.get(url)).text)))].join('\n');
  const js = {
    raw: externalJs.raw + Buffer.byteLength(inlineJs),
    // What the byte-budget tests hold to their limits: each file gzipped on its own, as a server
    // sends it. Inline code travels inside the HTML's gzip stream; gzipping it on its own counts
    // a little more than it adds there, which is the safe side for a budget.
    gzip: externalJs.gzip + (inlineJs ? gzipSize(inlineJs) : 0),
    inline: { count: inlineScripts.length, raw: Buffer.byteLength(inlineJs), gzip: inlineJs ? gzipSize(inlineJs) : 0 },
    files: externalJs.files,
  };
  const css = {
    raw: externalCss.raw + Buffer.byteLength(inlineCss),
    gzip: externalCss.gzip + (inlineCss ? gzipSize(inlineCss) : 0),
    inline: {
      count: inlineStyles.length,
      raw: Buffer.byteLength(inlineCss),
      gzip: inlineCss ? gzipSize(inlineCss) : 0,
    },
    files: externalCss.files,
  };
  return {
    id: page.id,
    url: page.url,
    html: { raw: html.raw, gzip: html.gzip },
    css,
    js,
    total: { raw: html.raw + externalCss.raw + externalJs.raw, gzip: html.gzip + externalCss.gzip + externalJs.gzip },
    jsUrls,
    fontUrls,
    code,
  };
}

/**
 * The chunks a PDF download fetches after the worksheet page has loaded: the `make-pdf` dynamic
 * import and what it statically needs that the page has not loaded yet (pdf-lib's chunk among
 * them), then — only when the answers need the Unicode font — fontkit's dynamic import and the
 * `.ttf`. Chunks are found by their Vite names (`make-pdf.*.js`, `fontkit*.js`) and by content
 * (pdf-lib's producer string), so a renamed chunk gives a warning, not a wrong number.
 * @param {ReturnType<typeof siteFiles>} files
 * @param {string[]} pageJs what the worksheet page already loaded
 * @param {string[]} warnings
 */
async function measurePdfOnDemand(files, pageJs, warnings) {
  const loaded = new Set(pageJs);
  /** @param {string[]} urls */
  const dynamicTargets = async (urls) => {
    const targets = [];
    for (const url of urls)
      for (const specifier of dynamicImports((await files.get(url)).text)) targets.push(resolveUrl(specifier, url));
    return [...new Set(targets)];
  };
  /** @param {string} url */
  const label = async (url) =>
    basename(url).startsWith('make-pdf') ? 'make-pdf' : (pdfEnginePart(url, (await files.get(url)).text) ?? 'shared');

  const makePdf = (await dynamicTargets(pageJs)).find((url) => basename(url).startsWith('make-pdf'));
  if (!makePdf) {
    warnings.push('No dynamic import of a make-pdf chunk found in the worksheet page: PDF chunks not measured.');
    return undefined;
  }
  const pdfUrls = (await closure(files, [makePdf])).filter((url) => !loaded.has(url));
  pdfUrls.forEach((url) => loaded.add(url));

  const fontkit = (await dynamicTargets(pdfUrls)).find((url) => basename(url).startsWith('fontkit'));
  if (!fontkit) warnings.push('No dynamic import of a fontkit chunk found in the PDF chunks.');
  const unicodeUrls = fontkit ? (await closure(files, [fontkit])).filter((url) => !loaded.has(url)) : [];

  const fontUrls = new Set();
  for (const url of pdfUrls) {
    for (const match of (await files.get(url)).text.matchAll(/["'`]([^"'`\s]+\.ttf)["'`]/g))
      fontUrls.add(resolveUrl(/** @type {string} */ (match[1]), url));
  }
  if (fontUrls.size === 0) warnings.push('No .ttf URL found in the PDF chunks.');

  /** @param {string[]} urls */
  const labelled = async (urls) => {
    const measured = await sizes(files, urls);
    return {
      ...measured,
      files: await Promise.all(
        measured.files.map(async (file) => ({
          ...file,
          label: file.url.endsWith('.ttf') ? 'font' : await label(file.url),
        })),
      ),
    };
  };
  return {
    // Every PDF: make-pdf and pdf-lib.
    pdf: await labelled(pdfUrls),
    // Greek, Cyrillic, …: fontkit and the font, once per page load.
    unicode: await labelled([...unicodeUrls, ...fontUrls]),
  };
}

/**
 * Step 2 for every page type in {@link PAGES} and the PDF's on-demand chunks.
 * @param {string} outDir the build folder
 */
export async function measurePageWeight(outDir) {
  const files = siteFiles(outDir);
  /** @type {string[]} */
  const warnings = [];
  const pages = [];
  for (const page of PAGES) pages.push(await measurePage(files, page));
  const worksheet = pages.find((page) => page.id === 'worksheet');
  const pdfOnDemand = worksheet ? await measurePdfOnDemand(files, worksheet.jsUrls, warnings) : undefined;
  return {
    pages: pages.map(({ jsUrls: _jsUrls, fontUrls: _fontUrls, code: _code, ...page }) => page),
    pdfOnDemand,
    warnings,
  };
}
