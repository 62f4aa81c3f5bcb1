import type { FieldKindName, FieldKinds, WorksheetField } from './field-kind';
import type { KindChecks } from './kind-checks';
import { byFolder, lookUp } from './kind-table';

/**
 * Every kind's checks (`./<kind>/checks.ts`), found by convention like the kinds themselves. Only
 * the worksheet schema imports this, so zod and the messages load with validation, not the page.
 */
/** Any kind's module (one type argument without nesting: the bench's bundler reads the glob call as text). */
type Module = KindChecks<WorksheetField>;

const modules = import.meta.glob<Module>('./*/checks.ts', { eager: true, import: 'default' });

/** Every kind's checks, by kind name. */
export const kindChecks = byFolder(modules, 'checks.ts') as {
  readonly [K in FieldKindName]: KindChecks<FieldKinds[K]>;
};

/** The checks of a field's kind. */
export const checksOf = (field: WorksheetField): KindChecks<WorksheetField> =>
  lookUp<KindChecks<WorksheetField>>(kindChecks as Record<string, KindChecks<WorksheetField>>, field, 'checks.ts');
