import type { WorksheetDefinition } from './types';

/*
 * The registry's rule, apart from the glob that finds the folders (definitions.ts), so code that
 * runs outside Vite (the browser tests, the bench) finds the same worksheets in the same order.
 */

/** A worksheet folder name: lowercase words joined by dashes (it is also the page's URL). */
const FOLDER_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Checks each definition against its folder and puts them in order (`order`, then id). Exported
 * for tests; the site uses {@link worksheetDefinitions}.
 * @param found definitions keyed by their path as the glob gives it (`./<id>/definition.ts`)
 * @throws naming the file, when a definition has no default export, an id that is not its folder's
 * name, no finite `order`, or no title or description — so a mistake stops the build, not a patient
 */
export function orderedDefinitions(
  found: Readonly<Record<string, WorksheetDefinition | undefined>>,
): WorksheetDefinition[] {
  const definitions = Object.entries(found).map(([path, definition]) => {
    const folder = path.split('/')[1] ?? path;
    const file = `src/worksheets/${folder}/definition.ts`;
    if (!FOLDER_NAME.test(folder))
      throw new Error(`${file}: name the folder in lowercase words joined by dashes, like "dosing-day".`);
    if (!definition || typeof definition !== 'object')
      throw new Error(`${file} must have a default export: the worksheet's definition.`);
    if (definition.id !== folder)
      throw new Error(`${file} defines id "${String(definition.id)}"; it must match its folder, "${folder}".`);
    if (typeof definition.order !== 'number' || !Number.isFinite(definition.order)) {
      throw new Error(`${file}: set \`order\` to a number (where the worksheet comes in lists, lowest first).`);
    }
    for (const words of ['title', 'description'] as const) {
      if (typeof definition[words] !== 'string' || definition[words].trim() === '')
        throw new Error(`${file}: give the worksheet a \`${words}\`.`);
    }
    if (
      definition.panelAfter !== undefined &&
      !definition.sections?.some((section) => section.id === definition.panelAfter)
    ) {
      throw new Error(
        `${file}: \`panelAfter\` is "${definition.panelAfter}", which is not the id of one of its sections.`,
      );
    }
    return definition;
  });
  return definitions.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
