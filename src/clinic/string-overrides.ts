import { closestName } from '../lib/edit-distance';
import { placeholders } from '../i18n/parity';

/**
 * A clinic's own wording for some of the kit's strings: `clinic/strings/<locale>/ui.json` (or
 * `links.json`, or `worksheets/<id>.json`), the same path as the kit's file under `src/i18n/`,
 * holding only the keys the clinic words differently. The kit's files are never edited, so a new
 * kit release brings its new strings and keeps the clinic's.
 *
 * An override that would fail a patient stops the build naming the file and the key: a key the
 * kit has no string for (a typo, or a string a release removed), a value that is not text, or a
 * value that drops or adds a `{placeholder}` (the page would throw, or show the braces).
 */

/** Keys a clinic sets elsewhere, with where. */
const setElsewhere: Readonly<Record<string, string>> = {
  'site.name': 'set `brand.name` in clinic/config.ts instead, so the header, titles, PDFs and search all use it',
};

/** The kit's strings with a clinic's overrides in place, and every problem with the overrides. */
export interface Overridden<S> {
  strings: S;
  problems: string[];
}

/**
 * Applies one override file to one kit strings file.
 * @param kit the kit's strings (flat dotted keys)
 * @param override the clinic's file, parsed; undefined when it has none
 * @param file the override's path, as messages name it (`clinic/strings/en/ui.json`)
 */
export function applyStringOverrides<S extends Readonly<Record<string, string>>>(
  kit: S,
  override: unknown,
  file: string,
): Overridden<S> {
  if (override === undefined) return { strings: kit, problems: [] };
  if (typeof override !== 'object' || override === null || Array.isArray(override)) {
    return {
      strings: kit,
      problems: [`${file}: write an object of "key": "text" pairs, such as { "home.description": "…" }.`],
    };
  }
  const problems: string[] = [];
  const strings: Record<string, string> = { ...kit };
  for (const [key, value] of Object.entries(override)) {
    if (key in setElsewhere) {
      problems.push(`${file}: "${key}" cannot be overridden here: ${setElsewhere[key]}.`);
    } else if (!(key in kit)) {
      const near = closestName(key, Object.keys(kit), 3);
      problems.push(
        `${file}: "${key}" is not a string of the kit${near ? `; did you mean "${near}"?` : ' (check its spelling, or remove it: a new release may have renamed it — see CHANGELOG.md).'}`,
      );
    } else if (typeof value !== 'string' || !value.trim()) {
      problems.push(`${file}: "${key}" must be text in quotes, not ${value === '' ? 'empty' : JSON.stringify(value)}.`);
    } else {
      const want = placeholders(kit[key]!);
      const have = placeholders(value);
      if (want.join() !== have.join()) {
        const shown = (names: string[]) => (names.length ? names.map((name) => `{${name}}`).join(', ') : 'none');
        problems.push(
          `${file}: "${key}" must keep the kit's placeholders ${shown(want)} (it has ${shown(have)}): the kit fills them in.`,
        );
      } else strings[key] = value;
    }
  }
  return { strings: strings as S, problems };
}
