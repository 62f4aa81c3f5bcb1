import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { FrontmatterError } from './frontmatter-error';
import { describeFrontmatterIssues, describeYamlSlip } from './frontmatter-issues';
import { findYamlSlip } from './frontmatter-yaml';

/** What {@link checkedGlob} needs: Astro's `glob()` options (`pattern`, `base`…), plus the collection's schema. */
export type CheckedGlobOptions = Parameters<typeof glob>[0] & {
  /** The same schema the collection declares; used only to word a failure. */
  schema: z.ZodType;
  /** Where the README explains these files, added after the problems, e.g. `'See "Add a module" in README.md.'` */
  help?: string;
};

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
export function checkedGlob({ schema, help, ...globOptions }: CheckedGlobOptions): Loader {
  const inner = glob(globOptions);
  return {
    name: 'checked-glob-loader',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const fromRoot = (file: string) => relative(root, file).split(sep).join('/');

      /** The message for data the schema refused, or `undefined` if the schema accepts it (so the failure was something else). */
      const describeRefusal = async (data: Record<string, unknown>, filePath: string | undefined) => {
        const result = await schema.safeParseAsync(data);
        if (result.success) return undefined;
        const source = filePath ? await readFile(filePath, 'utf8').catch(() => undefined) : undefined;
        return describeFrontmatterIssues(filePath ? fromRoot(filePath) : 'a content file', source, result.error.issues).join('\n');
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

      try {
        await inner.load({ ...context, parseData });
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
