import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { FrontmatterError } from './frontmatter-error';
import { describeFrontmatterIssues, describeYamlSlip } from './frontmatter-issues';
import { findYamlSlip, withWrittenDates, type EntryReader } from './frontmatter-yaml';

/** What {@link checkedGlob} needs: Astro's `glob()` options (`pattern`, `base`…), plus the collection's schema. */
export type CheckedGlobOptions = Parameters<typeof glob>[0] & {
  /** The same schema the collection declares; used only to word a failure. */
  schema: z.ZodType;
  /** Where the README explains these files, added after the problems, e.g. `'See "Add a module" in README.md.'` */
  help?: string;
  /**
   * Load nothing, silently, while `base` holds no file matching `pattern` (the clinic folder,
   * which most sites do not have, or have without pages). Astro's `glob()` warns about a missing
   * or empty base on every build; a folder that is optional should not.
   */
  optional?: boolean;
};

/** The id of the entry an optional, empty collection is made with (and that is deleted at once). */
const EMPTY_PLACEHOLDER = '(empty)';

/** `*` of a glob segment as a regular expression for one file or folder name (the patterns here use only `*`). */
const segmentPattern = (segment: string) =>
  new RegExp(`^${segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*')}$`);

/**
 * Whether `dir` holds a file matching `pattern`, such as `*.mdx` or `*\/*.mdx` (segments with `*`,
 * no `**`). A missing folder holds none.
 */
export function hasMatchingFile(dir: string, pattern: string): boolean {
  const [first = '', ...rest] = pattern.split('/');
  const name = segmentPattern(first);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  return entries.some(
    (entry) =>
      name.test(entry.name) &&
      (rest.length === 0
        ? entry.isFile()
        : entry.isDirectory() && hasMatchingFile(join(dir, entry.name), rest.join('/'))),
  );
}

/** The file an Astro error points at (its `loc.file`, set for frontmatter errors), if any. */
const fileOf = (error: unknown): string | undefined => {
  const file = (error as { loc?: { file?: unknown } } | null)?.loc?.file;
  return typeof file === 'string' && isAbsolute(file) ? file : undefined;
};

/**
 * Astro's `glob()` loader with build messages a clinic can act on. It loads exactly as `glob()`
 * does and only steps in when something fails:
 *
 * - frontmatter the schema refuses: every problem in every file of the collection, one line each,
 *   naming the file, the line and the field (src/lib/frontmatter-issues.ts), instead of Astro's
 *   "**sources**: **sources**: Required" for the first file only;
 * - frontmatter that is not valid YAML: the file, the line and a plain hint
 *   (src/lib/frontmatter-yaml.ts), instead of the parser's "bad indentation of a mapping entry".
 *
 * Why a wrapper: Astro validates inside the loader (`parseData`) and reads YAML before that, and
 * neither tells the schema which file it is reading. The wrapper uses only the loader API
 * (`parseData`, and the location Astro puts on its frontmatter errors), re-reading a file only
 * after it has failed, so a build that passes does no extra work.
 */
export function checkedGlob({ schema, help, optional = false, ...globOptions }: CheckedGlobOptions): Loader {
  const inner = glob(globOptions);
  return {
    name: 'checked-glob-loader',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      if (optional) {
        // Resolved as `glob()` resolves it: against the project root.
        const base = fileURLToPath(new URL(String(globOptions.base ?? '.'), context.config.root));
        if (![globOptions.pattern].flat().some((pattern) => hasMatchingFile(base, pattern))) {
          // Entries kept from a build when the folder had files (the content cache, the dev server)
          // go too. Astro's store forgets a collection with no entries, and `getCollection` then
          // warns "does not exist or is empty" on every call (once per page); an entry set and
          // deleted leaves the collection there, empty, so reading it says nothing.
          context.store.clear();
          context.store.set({ id: EMPTY_PLACEHOLDER, data: {} });
          context.store.delete(EMPTY_PLACEHOLDER);
          return;
        }
      }
      const fromRoot = (file: string) => relative(root, file).split(sep).join('/');

      /** The message for data the schema refused, or `undefined` if the schema accepts it (so the failure was something else). */
      const describeRefusal = async (data: Record<string, unknown>, filePath: string | undefined) => {
        const result = await schema.safeParseAsync(data);
        if (result.success) return undefined;
        const source = filePath ? await readFile(filePath, 'utf8').catch(() => undefined) : undefined;
        return describeFrontmatterIssues(
          filePath ? fromRoot(filePath) : 'a content file',
          source,
          result.error.issues,
        ).join('\n');
      };

      // While the collection first loads, refusals are collected so one build lists every file to
      // fix; the refused entries are dropped afterwards. A file edited later (the dev server's
      // watcher) is refused at once.
      let loading = true;
      const refusals: { id: string; message: string }[] = [];
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          return await context.parseData(props);
        } catch (error) {
          const message = await describeRefusal(props.data, props.filePath);
          if (message === undefined) throw error;
          if (!loading) throw new FrontmatterError(message);
          refusals.push({ id: props.id, message });
          return props.data;
        }
      };

      // An unquoted impossible date (`lastReviewed: 2026-13-01`) is a Date YAML has already rolled
      // over (to 2027-01-01); the entry types put the written text back so the schema refuses it
      // (src/lib/frontmatter-yaml.ts). `entryTypes` is what glob() reads files with: Astro passes it
      // to every loader, though its public type does not name it.
      const { entryTypes } = context as LoaderContext & { entryTypes?: ReadonlyMap<string, EntryReader> };
      const withDates = entryTypes ? { entryTypes: withWrittenDates(entryTypes) } : {};
      try {
        await inner.load({ ...context, ...withDates, parseData });
      } catch (error) {
        const file = fileOf(error);
        const slip = file ? findYamlSlip(await readFile(file, 'utf8').catch(() => '')) : undefined;
        throw file && slip ? new FrontmatterError(describeYamlSlip(fromRoot(file), slip)) : error;
      } finally {
        loading = false;
      }
      if (refusals.length > 0) {
        for (const { id } of refusals) context.store.delete(id);
        const files = refusals.map(({ message }) => message).sort();
        throw new FrontmatterError([...files, ...(help ? [help] : [])].join('\n'));
      }
    },
  };
}
