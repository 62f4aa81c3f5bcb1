import type { KindPdf, SlotReading } from '../kind-pdf';
import type { CheckboxField } from './kind';

/** A yes/no is the checkbox `<key>`, its label beside it (see pdf/field-names.ts). */
const pdf: KindPdf<CheckboxField> = {
  kind: 'checkbox',
  texts: () => [],
  keepHeight: ({ field, canvas }) => canvas.toggleRowHeight(canvas.printedLabel(field), field.hint),
  draw: ({ field, name, value, canvas }) => {
    canvas.checkbox(field.id, value === true, canvas.printedLabel(field), name, field.hint);
  },
  read: async (_slot, _field, records) => {
    const reading: SlotReading = { found: false, ignored: [] };
    for (const record of records) {
      if (record.kind === 'checkbox' && 'piece' in record.part && record.part.piece === 0) {
        reading.found = true;
        reading.value = record.value === 'on';
        reading.unreadable ??= record.unreadable;
      } else reading.ignored.push(record.name);
    }
    return reading;
  },
};

export default pdf;
