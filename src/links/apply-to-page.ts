import { applyOverrides, isOverridableName } from '../clinic/overrides';
import { formatClinicValue } from '../clinic/values';
import { locales, type Locale } from '../i18n/locales';
import { localePath, pageLocale } from '../i18n/page-locale';
import type { LinkTranslator, UiTranslator } from '../i18n/strings';
import { createTranslator } from '../i18n/translator';
import type { ClinicConfig } from '../schemas/clinic';
import { withBase } from '../lib/urls';
import { isProviderLink } from './is-provider-link';
import { overriddenValues, type OverriddenValue } from './link-notice-text';
import { loadLinkStrings, loadUiStrings } from './load-strings';
import { readProviderLink } from './read-link';

/** The id of the JSON block holding the clinic config (src/components/LinkSettings.astro). */
export const CLINIC_CONFIG_ID = 'kap-clinic-config';

/** The words a page opened from a link writes its notice and its values with, in the page's language. */
export interface PageTranslators {
  links: LinkTranslator;
  /** Formats the clinic values (units, blood-pressure comparison words). */
  ui: UiTranslator;
}

/** The translators of `locale`, fetched: these pages are built without any strings in their script. */
async function fetchTranslators(locale: Locale): Promise<PageTranslators> {
  const [links, ui] = await Promise.all([loadLinkStrings(locale), loadUiStrings(locale)]);
  const { lang } = locales[locale];
  return { links: createTranslator(links, lang), ui: createTranslator(ui, lang) };
}

/**
 * Applies a provider link's fragment to a page rendered without a framework: clinic values the link
 * overrides are shown and marked "(set by your provider)", a notice says so (where the page has a
 * `[data-link-notice]` slot), and links to modules, worksheets and the plan carry the fragment on,
 * so the patient keeps their provider's numbers as they read. Everything is written with
 * `textContent` and DOM properties: nothing from the link is ever parsed as HTML.
 * Loaded only when the URL has a `v=` fragment (see LinkSettings.astro).
 *
 * Everything is in the page's language, the locale of its address (`/es/modules/…` is Spanish),
 * and "Back to your preparation plan" goes to the plan in that language.
 * @param translators the page's words; fetched for the page's locale when not given (the page's
 *   script carries none, so a page opened without a link never downloads them). If they cannot be
 *   fetched, the page stays as built, with the clinic's own values.
 */
export async function applyLinkToPage(
  doc: Document = document,
  hash = location.hash,
  translators?: PageTranslators,
): Promise<void> {
  const configText = doc.getElementById(CLINIC_CONFIG_ID)?.textContent;
  if (!configText || !isProviderLink(hash)) return;
  const config = JSON.parse(configText) as ClinicConfig;
  const locale = pageLocale(doc.location?.pathname ?? '/');
  const words = translators ?? (await fetchTranslators(locale).catch(() => undefined));
  if (!words) return;
  const { links, ui } = words;
  const reading = await readProviderLink(
    hash,
    { moduleSlugs: [], worksheets: [] },
    { config, links, scope: 'clinic-values' },
  );
  if (!reading) return;

  const { overrides } = reading.link;
  const merged = applyOverrides(config, overrides);
  for (const element of doc.querySelectorAll<HTMLElement>('[data-clinic-value]')) {
    const name = element.dataset['clinicValue'] ?? '';
    if (!isOverridableName(name) || overrides[name] === undefined) continue;
    const { text, href } = formatClinicValue(merged, name, ui);
    element.textContent = text;
    if (href && element instanceof HTMLAnchorElement) element.href = href;
    element.classList.add('clinic-value--from-link');
    const mark = doc.createElement('span');
    mark.className = 'clinic-value__source';
    mark.textContent = ` ${links.t('link.setByProvider')}`;
    element.after(mark);
  }

  const slot = doc.querySelector<HTMLElement>('[data-link-notice]');
  const values = overriddenValues(merged, overrides, links, ui);
  const hasPlan = new URLSearchParams(hash.replace(/^#/, '')).has('r');
  if (slot && (values.length > 0 || reading.notices.length > 0 || hasPlan)) {
    const planHref = hasPlan ? withBase(`${localePath(locale, 'plan/')}${hash}`) : undefined;
    renderNotice(doc, slot, links, { values, problems: reading.notices, planHref });
  }
  carryFragment(doc, hash);
}

/** The same notice as the islands' `LinkNotice` (src/components/links/LinkNotice.tsx), in plain DOM. */
function renderNotice(
  doc: Document,
  slot: HTMLElement,
  links: LinkTranslator,
  { values, problems, planHref }: { values: OverriddenValue[]; problems: string[]; planHref?: string },
) {
  const add = <K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, text?: string) => {
    const element = parent.appendChild(doc.createElement(tag));
    if (text !== undefined) element.textContent = text;
    return element;
  };
  const title = add(slot, 'h2', links.t('link.fromLink.title'));
  title.id = 'link-notice-title';
  title.className = 'link-notice__title';
  slot.setAttribute('role', 'region');
  slot.setAttribute('aria-labelledby', title.id);
  if (values.length > 0) {
    add(slot, 'p', links.t('link.fromLink.values'));
    const list = add(slot, 'ul');
    for (const value of values) add(list, 'li', `${value.label}: ${value.text}`);
    add(slot, 'p', links.t('link.fromLink.marked'));
  }
  if (problems.length > 0) {
    add(add(slot, 'p'), 'strong', links.t('link.problems.title'));
    const list = add(slot, 'ul');
    for (const problem of problems) add(list, 'li', problem);
    add(slot, 'p', links.t('link.problems.askProvider'));
  }
  if (planHref) add(add(slot, 'p'), 'a', links.t('link.backToPlan')).href = planHref;
  slot.hidden = false;
}

/** Site pages a plan's fragment travels to: the plan, modules and worksheets. */
const CARRIES_FRAGMENT = /\/(plan|modules\/[^/]+|worksheets\/[^/]+)\/$/;

/**
 * Adds the fragment to same-site links to modules, worksheets and the plan that have none, so the
 * provider's numbers and the way back to the plan survive a click. Links with their own `#section`
 * keep it: a section link wins.
 */
function carryFragment(doc: Document, hash: string) {
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (link.origin !== location.origin || link.hash !== '' || !CARRIES_FRAGMENT.test(link.pathname)) continue;
    link.hash = hash;
  }
}
