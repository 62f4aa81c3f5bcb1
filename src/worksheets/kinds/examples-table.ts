import type { FieldKindName, FieldKinds, WorksheetField } from './field-kind';
import type { KindExamples } from './kind-examples';
import { byFolder, lookUp } from './kind-table';

/** Every kind's examples (`./<kind>/examples.ts`), found by convention like the kinds themselves. For tests only. */
/** Any kind's module (one type argument without nesting: the bench's bundler reads the glob call as text). */
type Module = KindExamples<WorksheetField>;

const modules = import.meta.glob<Module>('./*/examples.ts', { eager: true, import: 'default' });

/** Every kind's examples, by kind name. */
export const kindExamples = byFolder(modules, 'examples.ts') as {
  readonly [K in FieldKindName]: KindExamples<FieldKinds[K]>;
};

/** The examples of a field's kind. */
export const examplesOf = (field: WorksheetField): KindExamples<WorksheetField> =>
  lookUp<KindExamples<WorksheetField>>(
    kindExamples as Record<string, KindExamples<WorksheetField>>,
    field,
    'examples.ts',
  );
