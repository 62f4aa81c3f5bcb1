import { Suspense } from 'react';
import { isSectionShown, sectionEntries } from '../../worksheets/answers';
import type { WorksheetField, WorksheetSection } from '../../worksheets/types';
import type { FieldForm } from './field-input';
import { FormField } from './FormField';
import { RepeatedEntries } from './repeated-entries-on-demand';
import { ShownWhen } from './ShownWhen';

interface Props {
  section: WorksheetSection;
  form: FieldForm;
  /** Inline messages by answer key. */
  errors: Readonly<Record<string, string | undefined>>;
}

/**
 * One section of a worksheet: a headed `<section>` (its id is the `#anchor` links use) with each
 * field drawn by its kind's input, or, for a repeated section, its entries (`RepeatedEntries`,
 * loaded on demand: see repeated-entries-on-demand.ts).
 * Hidden while its own `showWhen` fails or every field in it is hidden (`isSectionShown`), watching
 * only the answers its conditions name.
 */
export function FormSection({ section, form, errors }: Props) {
  const drawField = (field: WorksheetField) => <FormField key={field.id} field={field} form={form} errors={errors} />;
  const render = (hidden: boolean) => (
    <section className="worksheet__section" aria-labelledby={`section-${section.id}`} id={section.id} hidden={hidden}>
      <h2 id={`section-${section.id}`}>{section.title}</h2>
      {section.intro && <p className="worksheet__intro">{section.intro}</p>}
      {section.repeat ? (
        <Suspense>
          <RepeatedEntries section={section} form={form} renderField={drawField} />
        </Suspense>
      ) : (
        section.fields.map(drawField)
      )}
    </section>
  );
  // A repeated section is shown by its first entry, the one always on the page.
  const conditions = [section.showWhen, ...sectionEntries(section)[0]!.fields.map((field) => field.showWhen)];
  return conditions.some(Boolean) ? (
    <ShownWhen control={form.control} conditions={conditions} shown={(answers) => isSectionShown(section, answers)}>
      {render}
    </ShownWhen>
  ) : (
    render(false)
  );
}
