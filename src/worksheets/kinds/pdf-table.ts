import type { FieldKindName, FieldKinds, WorksheetField } from './field-kind';
import type { KindPdf } from './kind-pdf';
import { byFolder, lookUp } from './kind-table';

/**
 * Every kind's PDF drawing and reading (`./<kind>/pdf.ts`), found by convention like the kinds
 * themselves. Only the PDF engine (`src/pdf/`) imports this, so pdf-lib stays off the page until
 * "Download PDF" or a resume.
 */
/** Any kind's module (one type argument without nesting: the bench's bundler reads the glob call as text). */
type Module = KindPdf<WorksheetField>;

const modules = import.meta.glob<Module>('./*/pdf.ts', { eager: true, import: 'default' });

/** Every kind's PDF side, by kind name. */
export const kindPdfs = byFolder(modules, 'pdf.ts') as { readonly [K in FieldKindName]: KindPdf<FieldKinds[K]> };

/** The PDF side of a field's kind. */
export const pdfOf = (field: WorksheetField): KindPdf<WorksheetField> =>
  lookUp<KindPdf<WorksheetField>>(kindPdfs as Record<string, KindPdf<WorksheetField>>, field, 'pdf.ts');
