import { describe, expect, it } from 'vitest';
import { answerSlots } from '../../../src/worksheets/answers';
import integration from '../../../src/worksheets/integration/definition';
import { moduleFiles } from '../content/modules-on-disk';

/**
 * The integration journal says what its module says: its card's list of when to call the care team
 * is the module's, word for word; its words name the crisis line and the emergency number only by
 * clinic placeholder; and the module lists and links it.
 */

const integrationModule = moduleFiles().find((file) => file.slug === 'after-the-session-integration')!;

/** The bullets of the module's section headed `heading` (`## …`), as written. */
const bulletsUnder = (heading: string) => {
  const section = integrationModule.body.split(/^## /m).find((part) => part.startsWith(`${heading}\n`))!;
  return [...section.matchAll(/^- (.+)$/gm)].map((match) => match[1]!.trim());
};

describe('the integration journal', () => {
  it('asks for several dated entries, each date needed only in an entry in use', () => {
    const entries = integration.sections.find((section) => section.repeat)!;
    expect(entries.repeat!.max).toBe(7);
    const dates = answerSlots(integration).filter((slot) => slot.entry && slot.field.kind === 'date');
    expect(dates.map((slot) => slot.key)).toEqual([
      'entryDate1',
      'entryDate2',
      'entryDate3',
      'entryDate4',
      'entryDate5',
      'entryDate6',
      'entryDate7',
    ]);
    expect(dates.every((slot) => slot.field.required)).toBe(true);
  });

  it('lists on its card when to call the care team exactly as the module does', () => {
    const card = integration.cards![0]!;
    const list = card.blocks.find((block) => block.kind === 'list' && block.title === 'Call your care team if');
    expect(list && 'items' in list ? list.items : []).toEqual(bulletsUnder('When to reach out to your care team'));
  });

  it('names the crisis line, the emergency number and the clinic’s phone only as clinic values, and types no number', () => {
    const section = integration.sections.find((candidate) => candidate.id === 'when-to-call')!;
    for (const name of ['{crisis.line}', '{emergency.call}', '{clinic.phone}']) expect(section.intro).toContain(name);
    const words = JSON.stringify({ sections: integration.sections, cards: integration.cards }).replace(
      /\{[a-zA-Z.]+\}/g,
      '',
    );
    // Digits only in the definition's own numbers (limits, rows, the entry count), never in its words.
    expect(words.replace(/"(maxLength|rows|max|order|version)":\d+/g, '').match(/\d/g)).toBeNull();
  });

  it('is listed and linked by the integration module', () => {
    expect(integrationModule.frontmatter.worksheets).toContain('integration');
    expect(integrationModule.body).toContain('<WorksheetLink id="integration" />');
  });
});
