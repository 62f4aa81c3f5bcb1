import { PDFHexString, PDFName, type PDFCheckBox } from 'pdf-lib';
import { setAccessibleName } from '../../../pdf/answer-box';
import { toggleWidget, type FieldCanvas } from '../../../pdf/field-canvas';
import { optionFieldName } from '../../../pdf/field-names';
import { colour, space } from '../../../pdf/page-style';
import type { AnswerValue } from '../../types';
import type { FieldDrawing, KindPdf, SlotFieldRecord, SlotReading } from '../kind-pdf';
import { choiceOptions, offeredOptions, otherKey, type ChoiceFieldOf } from './choices';
import { readText } from './text-pdf';

/**
 * The PDF side of the choice kinds. A pick-one answer (radio, and select too) is the radio group
 * `<key>`, each button's export value an option's value; a pick-several answer is one checkbox per
 * option, `<key>.<optionValue>`; the "Other" text is the text field `<key>Other` (see
 * pdf/field-names.ts). Select fields are drawn as radio groups: a printed page then shows every
 * option and which was picked, where a dropdown would print only the pick, and radio buttons need
 * no font to draw their state. Retired options are drawn only when picked (`offeredOptions`), so
 * the page shows what was chosen and offers nothing retired.
 */

/**
 * What must fit below the cursor before a choice question starts: the label and every option
 * (the "Other" text follows on its own), so a group is not split across pages — unless the group
 * is taller than a page, when the label and first option are kept together.
 */
function keepHeight(canvas: FieldCanvas, field: ChoiceFieldOf<string>, value: AnswerValue): number {
  const label = canvas.labelHeight(canvas.printedLabel(field), field.hint ? [field.hint] : []);
  const rows = offeredOptions(field, value).map(
    (option) => canvas.toggleRowHeight(option.label, option.hint) + space.betweenOptions,
  );
  const whole = label + rows.reduce((sum, height) => sum + height, 0);
  return whole <= canvas.flow.freshPageHeight ? whole : label + (rows[0] ?? 0);
}

/** The question, its options and, when the field has one, its "Other" text box. */
function draw(several: boolean, { field, name, value, values, canvas }: FieldDrawing<ChoiceFieldOf<string>>): void {
  const { flow, form } = canvas;
  const options = offeredOptions(field, value);
  flow.ensure(keepHeight(canvas, field, value));
  canvas.drawLabel(canvas.printedLabel(field), field.hint ? [field.hint] : []);

  if (!several) {
    const group = form.createRadioGroup(field.id);
    for (const option of options) {
      canvas.toggleRow(option.label, option.hint, (x, y, page) => {
        group.addOptionToPage(option.value, page, {
          ...toggleWidget(x, y),
          textColor: colour.text,
          borderColor: colour.border,
          backgroundColor: undefined,
        });
      });
      flow.advance(space.betweenOptions);
    }
    if (typeof value === 'string' && options.some((option) => option.value === value)) group.select(value);
    setAccessibleName(group, name);
  } else {
    const picked = new Set(Array.isArray(value) ? value : []);
    let box: PDFCheckBox | undefined;
    for (const option of options) {
      box = canvas.checkbox(
        optionFieldName(field.id, option.value),
        picked.has(option.value),
        option.label,
        `${name} ${option.label}`,
        option.hint,
      );
      flow.advance(space.betweenOptions);
    }
    // The options' checkboxes hang under a parent field named after the question (see field-names.ts).
    box?.acroField.getParent()?.dict.set(PDFName.of('TU'), PDFHexString.fromText(name));
  }

  if (field.other) {
    flow.advance(space.beforeOtherText);
    const key = otherKey(field);
    canvas.textAnswer(key, String(values.get(key) ?? ''), {
      label: field.other.textLabel,
      notes: [],
      accessibleName: `${name} ${field.other.textLabel}`,
      multiline: false,
      minLines: 1,
      preferredWidth: flow.width,
    });
  }
}

/** A pick-one answer: the radio group (or a reader's list field) `<key>`, when it names an option. */
function readOne(field: ChoiceFieldOf<string>, records: readonly SlotFieldRecord[]): SlotReading {
  const reading: SlotReading = { found: false, ignored: [] };
  const values = choiceOptions(field).map((option) => option.value);
  for (const record of records) {
    const one =
      (record.kind === 'radio' || record.kind === 'choice') && 'piece' in record.part && record.part.piece === 0;
    // A pick this version no longer offers: the question stays blank and the field is listed.
    if (!one || !(record.unreadable || record.value === '' || values.includes(record.value))) {
      reading.ignored.push(record.name);
      continue;
    }
    reading.found = true;
    reading.value = record.unreadable ? '' : record.value;
    reading.unreadable ??= record.unreadable;
  }
  return reading;
}

/** A pick-several answer: the ticked checkboxes `<key>.<option>` of options it has, in the options' order. */
function readSeveral(field: ChoiceFieldOf<string>, records: readonly SlotFieldRecord[]): SlotReading {
  const reading: SlotReading = { found: false, ignored: [] };
  const values = choiceOptions(field).map((option) => option.value);
  const picked = new Set<string>();
  for (const record of records) {
    if (record.kind !== 'checkbox' || !('option' in record.part) || !values.includes(record.part.option)) {
      reading.ignored.push(record.name);
      continue;
    }
    reading.found = true;
    if (record.value === 'on') picked.add(record.part.option);
    reading.unreadable ??= record.unreadable;
  }
  if (reading.found) reading.value = values.filter((value) => picked.has(value));
  return reading;
}

/**
 * The `pdf.ts` of a choice kind.
 * @param several whether it picks several (checkbox-group) rather than one
 */
export function choicePdf<K extends string>(kind: K, several: boolean): KindPdf<ChoiceFieldOf<K>> {
  return {
    kind,
    texts: (field, values) => {
      const texts = choiceOptions(field).flatMap((option) => [option.label, option.hint ?? '']);
      if (field.other) {
        const other = values.get(otherKey(field));
        texts.push(field.other.textLabel, typeof other === 'string' ? other : '');
      }
      return texts;
    },
    keepHeight: ({ field, value, canvas }) => keepHeight(canvas, field, value),
    draw: (drawing) => draw(several, drawing),
    read: async (slot, field, records) =>
      slot.otherOf ? readText(records) : several ? readSeveral(field, records) : readOne(field, records),
  };
}
