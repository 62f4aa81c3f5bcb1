import type { z } from 'astro/zod';
import { frontmatterLines, type YamlSlip } from './frontmatter-yaml';

/**
 * Build messages for frontmatter, one line per problem, each starting with the file (relative to
 * the project, as the clinic opens it) and, when the value is in the file, its line:
 *
 *     src/content/modules/music-and-sound.mdx: frontmatter is missing "sources": list at least one source, …
 *     src/content/modules/music-and-sound.mdx, line 12, sources entry 2: "url" must be a full https:// address, …
 *
 * The words after the location are the schema's (src/schemas/module.ts); this file only places them.
 */

/** `sources entry 2` for an issue inside a list, `''` for a top-level field (its message names it). */
function entryLabel(path: readonly PropertyKey[]): string {
  const index = path.findIndex((part) => typeof part === 'number');
  if (index < 1) return '';
  return `${path.slice(0, index).map(String).join('.')} entry ${Number(path[index]) + 1}`;
}

/**
 * One message line per problem the schema found in a file's frontmatter.
 * @param file the file, relative to the project root (`src/content/modules/<slug>.mdx`)
 * @param source the file's text, to find lines in; without it messages name no line
 * @param issues the schema's issues for that file
 */
export function describeFrontmatterIssues(
  file: string,
  source: string | undefined,
  issues: readonly z.core.$ZodIssue[],
): string[] {
  const lineOf = source === undefined ? () => undefined : frontmatterLines(source);
  const where = (path: readonly PropertyKey[], key?: string) => {
    const line = lineOf(path, key);
    return [file, line === undefined ? '' : `line ${line}`, entryLabel(path)].filter(Boolean).join(', ');
  };
  // A field left out has no line of its own: a top-level one gets none, one inside a list entry
  // gets its entry's line (frontmatterLines falls back to the nearest enclosing value).
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      // The schema words each unknown key on its own line (src/schemas/module.ts unknownKeysError).
      const messages = issue.message.split('\n');
      if (messages.length === issue.keys.length) {
        return issue.keys.map((key, index) => `${where(issue.path, key)}: ${messages[index]}`);
      }
      return [`${where(issue.path, issue.keys[0])}: ${issue.message}`];
    }
    return [`${where(issue.path)}: ${issue.message}`];
  });
}

/**
 * The message for frontmatter that is not valid YAML.
 * @param file the file, relative to the project root
 * @param slip the line and hint from {@link findYamlSlip}
 */
export function describeYamlSlip(file: string, slip: YamlSlip): string {
  return `${file}, line ${slip.line}: the frontmatter cannot be read as YAML: ${slip.hint}`;
}
