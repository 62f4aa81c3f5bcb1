// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { builderFieldIds } from '../../../src/components/links/BuilderField';
import LinkBuilder from '../../../src/components/links/LinkBuilder';
import { overrideLabel } from '../../../src/components/links/OverrideFields';
import { tLink } from '../../../src/i18n/t-links';
import { exampleClinic } from '../../fixtures/example-clinic';
import { siteLinkTargets } from '../../fixtures/link-targets';

/**
 * The link builder island: what a provider sees while typing a care-team phone number. Building a
 * link is asynchronous (the phone rule's library loads with the first number), so every check
 * waits for the page to settle with `findBy…`.
 */

// Vitest has no globals here, so Testing Library cannot clean up by itself.
afterEach(cleanup);

const renderBuilder = () =>
  render(<LinkBuilder targets={siteLinkTargets} modules={[]} worksheets={[]} clinic={exampleClinic} planHref="/plan/" />);

const planLink = async () => (await screen.findByRole('textbox', { name: tLink('builder.output.label') })) as HTMLTextAreaElement;

describe('the link builder', () => {
  it('shows the link once it is built', async () => {
    renderBuilder();
    expect((await planLink()).value).toBe(`${location.origin}/plan/#v=1`);
  });

  it('tells the provider, once the input is left, that a care-team number cannot be dialled, and leaves it out', async () => {
    const user = userEvent.setup();
    renderBuilder();
    const phone = screen.getByLabelText(overrideLabel('clinic.phone'));
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
    expect(screen.getByText(tLink('builder.output.leftOut', { fields: tLink('link.override.clinic.phone') }))).toBeDefined();
    expect((await planLink()).value).toBe(`${location.origin}/plan/#v=1`);

    // Putting it right clears the message and puts the number in the link.
    await user.clear(phone);
    await user.type(phone, '+1 201 555 0142');
    expect(await screen.findByDisplayValue(`${location.origin}/plan/#v=1&o.clinic.phone=%2B1+201+555+0142`)).toBe(await planLink());
    expect(screen.queryByText(message)).toBeNull();
    expect(phone.getAttribute('aria-invalid')).toBeNull();
  });
});
