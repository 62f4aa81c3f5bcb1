import { isShown } from '../../worksheets/answers';
import { inputFor } from '../../worksheets/kinds/inputs';
import type { WorksheetField } from '../../worksheets/types';
import type { FieldForm } from './field-input';
import { ShownWhen } from './ShownWhen';

interface Props {
  /** The field as it is asked (in a repeated section, its entry's copy). */
  field: WorksheetField;
  form: FieldForm;
  /** Inline messages by answer key. */
  errors: Readonly<Record<string, string | undefined>>;
}

/**
 * A field drawn by its kind's input (`src/worksheets/kinds/<kind>/Input.tsx`), inside a wrapper that
 * hides it while its `showWhen` does not hold (the rule the schema and the PDF use, `isShown`).
 */
export function FormField({ field, form, errors }: Props) {
  const Input = inputFor<WorksheetField>(field.kind);
  const input = <Input field={field} form={form} errors={errors} />;
  const showWhen = field.showWhen;
  if (!showWhen) return input;
  return (
    <ShownWhen
      control={form.control}
      conditions={[showWhen]}
      shown={(answers) => isShown({ conditions: [showWhen] }, answers)}
    >
      {(hidden) => (
        <div className="worksheet__conditional" hidden={hidden}>
          {input}
        </div>
      )}
    </ShownWhen>
  );
}
