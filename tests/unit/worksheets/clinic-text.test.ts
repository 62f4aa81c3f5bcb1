import { describe, expect, it } from 'vitest';
import { formatClinicValue } from '../../../src/clinic/values';
import { translatorFor } from '../../../src/i18n/strings';
import { initialAnswers } from '../../../src/worksheets/answers';
import { withClinicValues } from '../../../src/worksheets/clinic-text';
import type { WorksheetDefinition } from '../../../src/worksheets/types';
import { exampleClinic } from '../../fixtures/example-clinic';

const ui = translatorFor('en');
const clinicText = (name: Parameters<typeof formatClinicValue>[1]) => formatClinicValue(exampleClinic, name, ui).text;

const definition: WorksheetDefinition = {
  id: 'chaperone',
  version: 1,
  order: 100,
  title: 'Agreement',
  description: 'A test.',
  fileName: 'test',
  sections: [
    {
      id: 'a',
      title: 'Look in every {lookIn.interval}',
      fields: [
        { id: 'agree', kind: 'checkbox', label: 'I will call {emergency.call} in an emergency.' },
        { id: 'line', kind: 'tel', label: 'Clinic line', maxLength: 40, defaultFrom: 'clinic.phone' },
        { id: 'note', kind: 'text', label: 'Note', maxLength: 40 },
      ],
    },
  ],
  cards: [
    {
      title: 'Card',
      blocks: [
        { kind: 'list', title: 'Call now if', items: ['blood pressure is {bloodPressure.seekEmergencyCareAt}'] },
      ],
    },
  ],
};

describe('withClinicValues', () => {
  it('fills clinic values into titles, labels and card text', () => {
    const filled = withClinicValues(definition, clinicText);
    expect(filled.sections[0]!.title).toBe('Look in every 15 minutes');
    expect(filled.sections[0]!.fields[0]!.label).toBe('I will call your local emergency number (911) in an emergency.');
    expect(filled.cards![0]!.blocks[0]).toMatchObject({ items: ['blood pressure is at or above 180/120 mm Hg'] });
  });

  it('leaves the definition it was given unchanged', () => {
    withClinicValues(definition, clinicText);
    expect(definition.sections[0]!.title).toBe('Look in every {lookIn.interval}');
  });

  it('leaves the worksheet’s own words as written: their placeholders are filled where they are used', () => {
    const words = { 'timeline.rest': 'Rest for {rest} first', 'timeline.look': 'Every {lookIn.interval}' };
    expect(withClinicValues({ ...definition, words }, clinicText).words).toEqual(words);
    expect(withClinicValues(definition, clinicText)).not.toHaveProperty('words');
  });

  it('refuses a placeholder that is not a clinic value, naming it', () => {
    const typo = { ...definition, title: 'Call {emergency.fax}' };
    expect(() => withClinicValues(typo, clinicText)).toThrow('"{emergency.fax}" is not a clinic value');
  });
});

describe('initialAnswers', () => {
  it('starts fields marked defaultFrom with the clinic value, and the rest blank', () => {
    expect(initialAnswers(definition, clinicText)).toEqual({ agree: false, line: '+1 201 555 0100', note: '' });
  });
});
