import { describe, expect, it } from 'vitest';
import { answerSlots, autocompleteToken } from '../../../src/worksheets/answers';
import { worksheetDefinitions } from '../../../src/worksheets/definitions';
import { everyKindWorksheet } from '../../fixtures/every-kind-worksheet';

/**
 * The only answers a browser may fill in from what it remembers: the patient's own name (and own
 * phone number, which no worksheet asks for yet). Listed here on purpose, so a field that starts
 * autocompleting is a reviewed change. Other people's details (chaperone, provider, clinic), the
 * session's address and every health answer are "off".
 */
const OWN_DETAILS: Record<string, 'name' | 'tel'> = {
  'intention.yourName': 'name',
  'chaperone.patientName': 'name',
  'chaperone.patientSignedName': 'name',
};

/** Slots typed into a text-like input: text, phone, email, long text, date, time, "Other" boxes. */
const TEXT_LIKE = new Set(['text', 'multiline', 'date', 'time']);

describe('autocomplete', () => {
  it.each(worksheetDefinitions.map((definition) => [definition.id, definition] as const))(
    '%s: every text-like answer is "off" unless it is the patient’s own name or phone',
    (id, definition) => {
      const slots = answerSlots(definition).filter((slot) => TEXT_LIKE.has(slot.kind));
      expect(slots.length).toBeGreaterThan(0);
      for (const slot of slots) {
        const token = autocompleteToken(slot.otherOf ?? slot.field);
        expect([slot.key, token]).toEqual([slot.key, OWN_DETAILS[`${id}.${slot.key}`] ?? 'off']);
        if (token === 'off') continue;
        // An own-detail token sits on the input made for it, and never on a care-team field.
        expect(slot.field.kind).toBe(token === 'name' ? 'text' : 'tel');
        expect(slot.field.prefillable ?? false).toBe(false);
        expect(slot.otherOf).toBeUndefined();
      }
    },
  );

  it('lists only fields that exist', () => {
    const keys = worksheetDefinitions.flatMap((definition) =>
      answerSlots(definition).map((slot) => `${definition.id}.${slot.key}`),
    );
    for (const listed of Object.keys(OWN_DETAILS)) expect(keys).toContain(listed);
  });

  it('is "off" for a field that does not set it, even one named like a name', () => {
    for (const slot of answerSlots(everyKindWorksheet)) expect(autocompleteToken(slot.field), slot.key).toBe('off');
  });
});
