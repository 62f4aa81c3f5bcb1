// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { applyOverrides } from '../../../src/clinic/overrides';
import { formatClinicValue } from '../../../src/clinic/values';
import { applyLinkToPage, CLINIC_CONFIG_ID } from '../../../src/links/apply-to-page';
import { exampleClinic } from '../../fixtures/example-clinic';
import { englishUi, FAKE, fakeLinks, fakeUi } from './translators';

/**
 * A page built without a framework (a module page) opened from a provider's link: its clinic
 * values, the notice and the way back to the plan, in the page's language.
 */

const PLAN = '#v=1&r=safety-protocol&o.fasting.food=6';

/** A module page at `path`, with one clinic value, the notice's slot and a link to a worksheet. */
function openPage(path: string) {
  history.replaceState(null, '', path);
  document.body.innerHTML = `
    <script type="application/json" id="${CLINIC_CONFIG_ID}">${JSON.stringify(exampleClinic)}</script>
    <div data-link-notice hidden></div>
    <p>Stop eating <span data-clinic-value="fasting.food">4 hours</span> before.</p>
    <a id="worksheet" href="${path.startsWith('/es/') ? '/es/' : '/'}worksheets/intention/">Worksheet</a>`;
}

const slot = () => document.querySelector<HTMLElement>('[data-link-notice]')!;
const value = () => document.querySelector<HTMLElement>('[data-clinic-value]')!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a page opened from a provider’s link', () => {
  it('writes the value, its mark and the notice with the translators it is given', async () => {
    openPage('/es/modules/safety-protocol/');
    await applyLinkToPage(document, PLAN, { links: fakeLinks, ui: fakeUi });
    const merged = applyOverrides(exampleClinic, { 'fasting.food': 6 });
    expect(value().textContent).toBe(formatClinicValue(merged, 'fasting.food', fakeUi).text);
    expect(value().nextElementSibling?.textContent).toBe(` ${fakeLinks.t('link.setByProvider')}`);
    expect(slot().hidden).toBe(false);
    expect(slot().querySelector('h2')?.textContent).toBe(fakeLinks.t('link.fromLink.title'));
    expect(slot().textContent).toContain(
      `${fakeLinks.t('link.override.fasting.food')}: ${formatClinicValue(merged, 'fasting.food', fakeUi).text}`,
    );
    for (const paragraph of slot().querySelectorAll('h2, p'))
      expect(paragraph.textContent?.startsWith(FAKE), paragraph.textContent!).toBe(true);
  });

  it('goes back to the plan in the page’s language, and carries the link on', async () => {
    openPage('/es/modules/safety-protocol/');
    await applyLinkToPage(document, PLAN, { links: fakeLinks, ui: fakeUi });
    expect(slot().querySelector('a')?.getAttribute('href')).toBe(`/es/plan/${PLAN}`);
    expect(document.querySelector<HTMLAnchorElement>('#worksheet')?.hash).toBe(PLAN);

    openPage('/modules/safety-protocol/');
    await applyLinkToPage(document, PLAN, { links: fakeLinks, ui: fakeUi });
    expect(slot().querySelector('a')?.getAttribute('href')).toBe(`/plan/${PLAN}`);
  });

  it('fetches the words of the page’s own locale when it is given none', async () => {
    openPage('/es/modules/safety-protocol/');
    await applyLinkToPage(document, PLAN);
    // Hours written as Spanish writes them: the Spanish strings were fetched, not the English.
    expect(value().textContent).toBe('6 horas');

    openPage('/modules/safety-protocol/');
    await applyLinkToPage(document, PLAN);
    expect(value().textContent).toBe(
      formatClinicValue(applyOverrides(exampleClinic, { 'fasting.food': 6 }), 'fasting.food', englishUi).text,
    );
    expect(value().textContent).toBe('6 hours');
  });

  it('leaves a page opened with an ordinary #section anchor as it was built', async () => {
    openPage('/es/modules/safety-protocol/');
    await applyLinkToPage(document, '#what-to-bring', { links: fakeLinks, ui: fakeUi });
    expect(value().textContent).toBe('4 hours');
    expect(slot().hidden).toBe(true);
  });
});
