// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { builderFieldIds } from '../../../src/components/links/BuilderField';
import LinkBuilder from '../../../src/components/links/LinkBuilder';
import { overrideLabel } from '../../../src/components/links/OverrideFields';
import { linkStrings, uiStrings, type LinkStrings, type UiStrings } from '../../../src/i18n/strings';
import { formatMinutes } from '../../../src/lib/format';
import { patientLanguage } from '../../../src/links/patient-language';
import type { ModuleSummary, WorksheetLinkSummary } from '../../../src/links/site-links';
import { exampleClinic } from '../../fixtures/example-clinic';
import { siteLinkTargets } from '../../fixtures/link-targets';
import {
  englishLinks,
  englishStrings,
  englishUi,
  FAKE,
  fakeLinks,
  fakeLinkStrings,
  fakeUi,
  fakeUiStrings,
} from './translators';

/**
 * The link builder island: what a provider sees while typing a care-team phone number. Building a
 * link is asynchronous (the phone rule's library loads with the first number), so every check
 * waits for the page to settle with `findBy…`.
 */

// Vitest has no globals here, so Testing Library cannot clean up by itself.
afterEach(cleanup);

/** One module and one worksheet as the English pages list them, and as the second language's do. */
const module = (title: string, minutes: number, prefix: string): ModuleSummary => ({
  slug: 'safety-protocol',
  title,
  description: title,
  section: 'safety',
  sectionLabel: title,
  minutes,
  href: `${prefix}modules/safety-protocol/`,
});
const worksheet = (title: string, prefix: string): WorksheetLinkSummary => ({
  id: 'intention',
  title,
  description: title,
  href: `${prefix}worksheets/intention/`,
});
const english = {
  modules: [module('Your safety protocol', 7, '/')],
  worksheets: [worksheet('Intention worksheet', '/')],
  planHref: '/plan/',
};
const other = {
  modules: [module('Tu protocolo de seguridad', 9, '/es/')],
  worksheets: [worksheet('Hoja de intenciones', '/es/')],
  planHref: '/es/plan/',
};
const patients = [
  patientLanguage('en', english, linkStrings('en'), uiStrings('en')),
  // The made-up language's words stand in for the Spanish files, which are being written now.
  patientLanguage('es', other, fakeLinkStrings, fakeUiStrings),
];

const renderBuilder = (page: { strings: UiStrings; linkStrings: LinkStrings; language: string } = englishStrings) =>
  render(
    <LinkBuilder
      {...page}
      targets={siteLinkTargets}
      modules={page.language === 'es' ? other.modules : english.modules}
      worksheets={page.language === 'es' ? other.worksheets : english.worksheets}
      clinic={exampleClinic}
      patients={patients}
    />,
  );

const planLink = async (label = englishLinks.t('builder.output.label')) =>
  (await screen.findByRole('textbox', { name: label })) as HTMLTextAreaElement;

/** How often the made-up language's mark appears in `text`. */
const marks = (text: string | null) => (text ?? '').split(FAKE).length - 1;

describe('the link builder', () => {
  it('shows the link once it is built', async () => {
    renderBuilder();
    expect((await planLink()).value).toBe(`${location.origin}/plan/#v=1`);
  });

  it('tells the provider, once the input is left, that a care-team number cannot be dialled, and leaves it out', async () => {
    const user = userEvent.setup();
    renderBuilder();
    const phone = screen.getByLabelText(overrideLabel('clinic.phone', englishLinks, englishUi));
    const message = 'Care team’s phone number must be a phone number you can dial, with the area code';

    await user.type(phone, '020 7946');
    // Not while typing…
    expect(screen.queryByText(message)).toBeNull();
    await user.tab();
    // …but as soon as the input is left, tied to it and named in what the link leaves out.
    const error = await screen.findByText(message);
    const ids = builderFieldIds('o.clinic.phone');
    expect(error.closest(`#${ids.error}`)).not.toBeNull();
    expect(phone.getAttribute('aria-describedby')?.split(' ')).toContain(ids.error);
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText(
        englishLinks.t('builder.output.leftOut', { fields: englishLinks.t('link.override.clinic.phone') }),
      ),
    ).toBeDefined();
    expect((await planLink()).value).toBe(`${location.origin}/plan/#v=1`);

    // Putting it right clears the message and puts the number in the link.
    await user.clear(phone);
    await user.type(phone, '+1 201 555 0142');
    expect(await screen.findByDisplayValue(`${location.origin}/plan/#v=1&o.clinic.phone=%2B1+201+555+0142`)).toBe(
      await planLink(),
    );
    expect(screen.queryByText(message)).toBeNull();
    expect(phone.getAttribute('aria-invalid')).toBeNull();
  });

  it('writes the link to the plan in the patient’s language, and prints the handout in it', async () => {
    const user = userEvent.setup();
    const { container } = renderBuilder();
    await user.click(screen.getByRole('checkbox', { name: 'Your safety protocol' }));
    await user.click(screen.getByRole('radio', { name: 'Intention worksheet' }));
    expect(screen.getByRole('radio', { name: 'English' })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('radio', { name: 'Español' }));

    // The same fragment, to the Spanish plan: the plan there links on to /es/ modules and worksheets.
    expect(await screen.findByDisplayValue(`${location.origin}/es/plan/#v=1&r=safety-protocol&w=intention`)).toBe(
      await planLink(),
    );
    const handout = container.querySelector<HTMLElement>('.handout')!;
    expect(handout.lang).toBe('es');
    expect(handout.textContent).toContain(fakeLinks.t('builder.handout.title'));
    expect(handout.textContent).toContain(fakeLinks.t('builder.handout.open'));
    expect(handout.textContent).toContain(fakeLinks.t('builder.handout.read'));
    expect(handout.textContent).toContain(
      `Tu protocolo de seguridad (${fakeLinks.t('builder.handout.minutes', { duration: formatMinutes(9, 'es') })})`,
    );
    expect(handout.textContent).toContain(fakeLinks.t('builder.handout.worksheet', { title: 'Hoja de intenciones' }));
    expect(handout.textContent).toContain(fakeUi.t('footer.privacy'));
    expect(handout.textContent).not.toContain('Your safety protocol');
    expect(await screen.findByRole('img', { name: fakeLinks.t('builder.qr.label') })).toBeDefined();
    // The builder itself stays in the page's language: the patient's words are the handout's only.
    expect(marks(document.body.textContent)).toBe(marks(handout.textContent));
    expect(screen.getByRole('heading', { name: englishLinks.t('builder.output.heading') })).toBeDefined();
    expect(screen.getByRole('img', { name: englishLinks.t('builder.qr.label') })).toBeDefined();

    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByDisplayValue(`${location.origin}/plan/#v=1&r=safety-protocol&w=intention`)).toBe(
      await planLink(),
    );
    expect(handout.lang).toBe('en');
    expect(handout.textContent).toContain(
      englishLinks.t('builder.handout.worksheet', { title: 'Intention worksheet' }),
    );
  });

  it('names each language in its own words, and starts from the page’s language', async () => {
    renderBuilder({ strings: fakeUiStrings, linkStrings: fakeLinkStrings, language: 'es' });
    const spanish = screen.getByRole('radio', { name: 'Español' });
    expect(spanish).toHaveProperty('checked', true);
    expect(document.querySelector(`label[for="${spanish.id}"]`)?.getAttribute('lang')).toBe('es');
    expect(document.querySelector('label[for="builder-language-en"]')?.getAttribute('lang')).toBe('en');
    // The page's own words are the given translator's, the link goes to the page's language.
    expect(screen.getByRole('group', { name: fakeLinks.t('builder.language.heading') })).toBeDefined();
    expect((await planLink(fakeLinks.t('builder.output.label'))).value).toBe(`${location.origin}/es/plan/#v=1`);
  });
});
