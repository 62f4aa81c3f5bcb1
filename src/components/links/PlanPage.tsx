import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { applyOverrides } from '../../clinic/overrides';
import { formatNumber } from '../../i18n/numbers';
import { LinkStringsProvider, UiStringsProvider, useLinks, useUi } from '../../i18n/react';
import type { LinkStrings, UiStrings } from '../../i18n/strings';
import { formatList, formatMinutes } from '../../lib/format';
import { bareLabel } from '../../links/bare-label';
import { overriddenValues } from '../../links/link-notice-text';
import { readProviderLink, type LinkReading } from '../../links/read-link';
import type { ModuleSummary, SiteLinks } from '../../links/site-links';
import { writeProviderLink } from '../../links/write-link';
import { LinkNotice } from './LinkNotice';
import { forgetProgress, keepProgress, keptProgress } from './plan-progress';

type PlanProps = Pick<SiteLinks, 'targets' | 'modules' | 'worksheets' | 'clinic' | 'planHref'>;

/** What the plan page (`/plan/`, `/es/plan/`) hands its island: `siteLinks(locale)` and the locale's strings. */
export interface PlanPageProps extends PlanProps {
  /** The page locale's site strings (`uiStrings(locale)`): they format the clinic values. */
  strings: UiStrings;
  /** The page locale's provider-link strings (`linkStrings(locale)`). */
  linkStrings: LinkStrings;
  /** The page's BCP 47 language tag (`locales[locale].lang`). */
  language: string;
}

/**
 * "Your preparation plan", opened from a provider's link: the guides in the provider's order, the
 * worksheet with its prefilled answers carried along, and ticks the patient can keep on the device
 * if they choose. Everything comes from the `#fragment`, read on this device; nothing is fetched.
 * The page is in one language; the same fragment opens the same plan on every language's page.
 */
export default function PlanPage({ strings, linkStrings, language, ...plan }: PlanPageProps) {
  return (
    <UiStringsProvider strings={strings} language={language}>
      <LinkStringsProvider strings={linkStrings} language={language}>
        <Plan {...plan} />
      </LinkStringsProvider>
    </UiStringsProvider>
  );
}

function Plan({ targets, modules, worksheets, clinic, planHref }: PlanProps) {
  const links = useLinks();
  const ui = useUi();
  // `undefined` until read after hydration, so the built HTML never claims a plan it cannot see.
  const [reading, setReading] = useState<LinkReading | null>();
  useEffect(() => {
    let mounted = true;
    void readProviderLink(window.location.hash, targets, { config: clinic, links }).then((read) => {
      if (mounted) setReading(read ?? null);
    });
    return () => {
      mounted = false;
    };
    // Once, on load: the plan is the link the patient opened, and the page's props never change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (reading === undefined) return null;
  const link = reading?.link;
  const plan = (link?.readingList ?? []).map((slug) => modules.find((module) => module.slug === slug)!);
  const worksheet = worksheets.find((candidate) => candidate.id === link?.worksheet);
  if (!reading || !link || (plan.length === 0 && !worksheet)) {
    return (
      <>
        {reading && <LinkNotice problems={reading.notices} />}
        <p>{links.t('plan.empty')}</p>
        <p>
          <a className="standalone-link" href={planHref.replace(/plan\/$/, '#modules')}>
            {links.t('plan.emptyLink')}
          </a>
        </p>
      </>
    );
  }

  // Pages opened from the plan get the checked link only: whatever the link held that failed its
  // checks goes no further.
  const fragment = `#${writeProviderLink(link)}`;
  const config = applyOverrides(clinic, link.overrides);
  const filled = targets.worksheets
    .find((candidate) => candidate.id === worksheet?.id)
    ?.fields.filter((field) => link.prefill[field.id] !== undefined)
    .map((field) => bareLabel(field.label));

  const worksheetCard = worksheet && (
    <section aria-labelledby="plan-worksheet">
      <h2 id="plan-worksheet">{links.t('plan.worksheetHeading')}</h2>
      <div className="card">
        <p className="card__title">
          <a href={`${worksheet.href}${fragment}`}>{links.t('plan.worksheetOpen', { title: worksheet.title })}</a>
        </p>
        <p>{worksheet.description}</p>
        <p>{links.t('plan.worksheetIntro')}</p>
        {filled && filled.length > 0 && (
          <p>{links.t('plan.worksheetFilled', { fields: formatList(filled, links.language) })}</p>
        )}
      </div>
    </section>
  );

  return (
    <>
      <p className="lede">{links.t('plan.intro')}</p>
      <p>{links.t('plan.privacy')}</p>
      <LinkNotice values={overriddenValues(config, link.overrides, links, ui)} problems={reading.notices} />
      {plan.length > 0 ? (
        <ReadingList plan={plan} fragment={fragment}>
          {worksheetCard}
        </ReadingList>
      ) : (
        worksheetCard
      )}
    </>
  );
}

/** The guides in order, each with a tick the patient may keep on this device if they opt in. */
function ReadingList({ plan, fragment, children }: { plan: ModuleSummary[]; fragment: string; children?: ReactNode }) {
  const links = useLinks();
  // Keyed by the slugs' text: `plan` is a new array on every render of the page.
  const planKey = plan.map((module) => module.slug).join(',');
  const slugs = useMemo(() => planKey.split(','), [planKey]);
  const [read, setRead] = useState<string[]>([]);
  const [keeping, setKeeping] = useState(false);
  const [message, setMessage] = useState('');
  const keepId = useId();

  useEffect(() => {
    const kept = keptProgress(slugs);
    if (kept) {
      setRead(kept);
      setKeeping(true);
    }
  }, [slugs]);

  const update = (next: string[]) => {
    setRead(next);
    if (keeping) keepProgress(slugs, next);
  };
  const total = plan.reduce((sum, module) => sum + module.minutes, 0);

  return (
    <>
      <section aria-labelledby="plan-reading">
        <h2 id="plan-reading">{links.t('plan.readingHeading')}</h2>
        <p>{links.t('plan.total', { duration: formatMinutes(total, links.language) })}</p>
        <p className="plan__progress" aria-live="polite">
          {links.t('plan.progress', {
            read: formatNumber(read.length, links.language),
            total: formatNumber(plan.length, links.language),
          })}
        </p>
        <ol className="card-list plan__list">
          {plan.map((module) => {
            const id = `plan-read-${module.slug}`;
            return (
              <li className="card" key={module.slug}>
                <p className="card__title">
                  <a href={`${module.href}${fragment}`}>{module.title}</a>
                </p>
                <p>{module.description}</p>
                <p className="card__meta">
                  {links.t('plan.readingTime', {
                    section: module.sectionLabel,
                    duration: formatMinutes(module.minutes, links.language),
                  })}
                </p>
                <div className="choice">
                  <input
                    id={id}
                    type="checkbox"
                    className="choice__input"
                    autoComplete="off"
                    checked={read.includes(module.slug)}
                    onChange={(event) =>
                      update(
                        event.target.checked ? [...read, module.slug] : read.filter((slug) => slug !== module.slug),
                      )
                    }
                  />
                  <label className="choice__label" htmlFor={id}>
                    {links.t('plan.markRead')}
                    {/* Screen readers hear which guide; browsers put a space before this hidden part. */}
                    <span className="visually-hidden">{links.t('plan.markReadGuide', { title: module.title })}</span>
                  </label>
                </div>
              </li>
            );
          })}
        </ol>
      </section>
      {children}
      <section aria-labelledby="plan-keep" className="plan__keep">
        <h2 id="plan-keep">{links.t('plan.keepHeading')}</h2>
        <div className="field">
          <p className="field__hint" id={`${keepId}-hint`}>
            {links.t('plan.keepHint')}
          </p>
          <div className="choice">
            <input
              id={keepId}
              type="checkbox"
              className="choice__input"
              aria-describedby={`${keepId}-hint`}
              checked={keeping}
              onChange={(event) => {
                if (event.target.checked) {
                  const kept = keepProgress(slugs, read);
                  setKeeping(kept);
                  setMessage(kept ? links.t('plan.kept') : links.t('plan.keepFailed'));
                } else {
                  forgetProgress(slugs);
                  setKeeping(false);
                  setMessage(links.t('plan.erased'));
                }
              }}
            />
            <label className="choice__label" htmlFor={keepId}>
              {links.t('plan.keepLabel')}
            </label>
          </div>
        </div>
        {keeping && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              forgetProgress(slugs);
              setKeeping(false);
              setRead([]);
              setMessage(links.t('plan.erased'));
            }}
          >
            {links.t('plan.erase')}
          </button>
        )}
        <p role="status">{message}</p>
      </section>
    </>
  );
}
