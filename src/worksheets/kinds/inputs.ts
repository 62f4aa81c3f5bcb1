import type { FieldInput } from '../../components/forms/field-input';
import type { FieldKindName, WorksheetField } from './field-kind';

/**
 * Every field kind's form input, found by convention: `src/worksheets/kinds/<kind>/Input.tsx`
 * with a default export (a {@link FieldInput}). The folder's name is the kind, so adding a kind's
 * folder adds its input and the form needs no edit.
 */
const modules = import.meta.glob<AnyFieldInput>('./*/Input.tsx', { eager: true, import: 'default' });

/**
 * An input for fields of some kind. (A plain name, not `FieldInput<never>` in the glob call: the
 * bench's esbuild stand-in for `import.meta.glob` reads a type argument without nested `<>`.)
 */
type AnyFieldInput = FieldInput<never>;

/** The inputs by kind (`text`, `checkbox-group`, …), from the folders' names. */
export const fieldInputs: Readonly<Record<string, AnyFieldInput>> = Object.fromEntries(
  Object.entries(modules).map(([path, input]) => [path.split('/')[1]!, input]),
);

/**
 * The input for a field of any kind, typed for that field.
 * @throws when the kind has no `Input.tsx`, naming the file to add, so the build fails rather
 *   than a page rendering without the question
 */
export function inputFor<F extends WorksheetField>(kind: F['kind'] & FieldKindName): FieldInput<F> {
  const input = fieldInputs[kind];
  if (!input)
    throw new Error(`The field kind "${kind}" has no form input: add src/worksheets/kinds/${kind}/Input.tsx.`);
  return input as FieldInput<F>;
}
