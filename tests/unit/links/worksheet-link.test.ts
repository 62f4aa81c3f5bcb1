import { describe, expect, it } from 'vitest';
import spanishLinks from '../../../src/i18n/es/links.json' with { type: 'json' };
import { translatorFor } from '../../../src/i18n/strings';
import { readWorksheetLink } from '../../../src/links/worksheet-link';
import { worksheetDefinitions } from '../../../src/worksheets/definitions';
import { exampleClinic } from '../../fixtures/example-clinic';
import { siteLinkTargets } from '../../fixtures/link-targets';
import { FAKE, fakeLinks, fakeLinkStrings, fakeUi } from './translators';

/** A worksheet page opened from a provider's link: what it shows, in the page's language. */

const chaperone = worksheetDefinitions.find((definition) => definition.id === 'chaperone')!;
const hash =
  '#v=1&r=safety-protocol&w=chaperone&f.providerName=Dr+Lee&f.yourName=Jo&o.lookIn.interval=20&o.clinic.phone=%2B1+201+555+0142';

describe('reading a link on a worksheet page', () => {
  it('writes notices and labels with the strings given, and values with the page’s translator', async () => {
    const link = await readWorksheetLink(hash, {
      definition: chaperone,
      clinic: exampleClinic,
      targets: siteLinkTargets,
      ui: fakeUi,
      linkStrings: fakeLinkStrings,
    });
    expect(link?.linkStrings).toBe(fakeLinkStrings);
    expect(link?.reading.notices).toHaveLength(1);
    expect(link?.reading.notices[0]?.startsWith(FAKE)).toBe(true);
    expect(link?.values.map(({ label }) => label)).toEqual([
      fakeLinks.t('link.override.clinic.phone'),
      fakeLinks.t('link.override.lookIn.interval'),
    ]);
    // The look-in time in Spanish words ("20 minutos"), as the page's translator writes it.
    expect(link?.values[1]?.text).toBe('20 minutos');
    expect(link?.answers).toMatchObject({ providerName: 'Dr Lee', clinicLine: '+1 201 555 0142' });
    expect(link?.planFragment).toBeDefined();
  });

  it('fetches the provider-link strings of the page’s language when it is given none', async () => {
    const link = await readWorksheetLink(hash, {
      definition: chaperone,
      clinic: exampleClinic,
      targets: siteLinkTargets,
      ui: translatorFor('es'),
    });
    expect(link?.linkStrings).toEqual(spanishLinks);
    expect(link?.values[0]?.label).toBe(spanishLinks['link.override.clinic.phone']);
  });

  it('reads nothing from an ordinary #section anchor', async () => {
    expect(
      await readWorksheetLink('#about', {
        definition: chaperone,
        clinic: exampleClinic,
        targets: siteLinkTargets,
        ui: fakeUi,
        linkStrings: fakeLinkStrings,
      }),
    ).toBeUndefined();
  });
});
