import type { FieldKind, FieldKindName, FieldKinds, WorksheetField } from './field-kind';

/**
 * Every field kind, found by convention: `./<kind>/kind.ts` with a default export (see
 * field-kind.ts). This glob is the list of kinds.
 */
const modules = import.meta.glob<FieldKind>('./*/kind.ts', { eager: true, import: 'default' });

/**
 * The kinds keyed by name, each checked against its folder: a kind whose `kind` is not its
 * folder's name would be looked up under the wrong name everywhere.
 * @param found modules keyed by path, as an eager glob gives them
 * @param file the file name globbed in each folder, for the message
 * @throws when a module has no default export, or its `kind` is not its folder's name
 */
export function byFolder<T extends { kind: string }>(
  found: Record<string, T>,
  file: string,
): Readonly<Record<string, T>> {
  return Object.fromEntries(
    Object.entries(found).map(([path, module]) => {
      const folder = path.split('/')[1]!;
      if (module === undefined)
        throw new Error(
          `src/worksheets/kinds/${folder}/${file} has no default export (shared code goes in files of other names).`,
        );
      if (module.kind !== folder)
        throw new Error(
          `src/worksheets/kinds/${folder}/${file} is for kind "${module.kind}"; it must match its folder.`,
        );
      return [folder, module];
    }),
  );
}

/** Every field kind, by name. */
export const fieldKinds = byFolder(modules, 'kind.ts') as { readonly [K in FieldKindName]: FieldKind<FieldKinds[K]> };

/** The names of every field kind, in folder order. */
export const fieldKindNames = Object.keys(fieldKinds) as FieldKindName[];

/**
 * Looks a table of kinds up by a field's kind.
 * @throws for a kind with no folder (a definition typed against another version of the kinds)
 */
export function lookUp<T>(
  table: Readonly<Record<string, T>>,
  field: Pick<WorksheetField, 'id' | 'kind'>,
  what: string,
): T {
  const found = Object.hasOwn(table, field.kind) ? table[field.kind] : undefined;
  if (!found)
    throw new Error(
      `Field "${field.id}" is of kind "${field.kind}", which has no ${what} (src/worksheets/kinds/${field.kind}/).`,
    );
  return found;
}

/** The kind of a field. */
export const kindOf = (field: WorksheetField): FieldKind =>
  lookUp<FieldKind>(fieldKinds as Record<string, FieldKind>, field, 'kind.ts');
