import { useId } from 'react';
import { useLinks } from '../../i18n/react';
import { formatList } from '../../lib/format';
import type { OverriddenValue } from '../../links/link-notice-text';

interface Props {
  /** Labels of the answers the link filled in. */
  filledLabels?: string[];
  /** Clinic values the link set. */
  values?: OverriddenValue[];
  /** What could not be used, one sentence each. */
  problems?: string[];
  /** Where "Back to your preparation plan" goes, when the link holds a plan and this is not the plan page. */
  planHref?: string;
}

/**
 * Tells the patient what a provider's link changed on this page, and what it could not use, in the
 * kit's own words: nothing from the link is shown but checked values (React escapes all text).
 * Shaped like GOV.UK's notification banner: a labelled region with a heading.
 *
 * Its words come from the nearest `LinkStringsProvider`, in the page's language: the plan page's
 * island is given them; a worksheet page, built without them, wraps this in a provider holding the
 * `linkStrings` that `readWorksheetLink` fetched for its language.
 */
export function LinkNotice({ filledLabels = [], values = [], problems = [], planHref }: Props) {
  const links = useLinks();
  const titleId = useId();
  if (filledLabels.length === 0 && values.length === 0 && problems.length === 0 && !planHref) return null;
  return (
    <div className="notice link-notice" role="region" aria-labelledby={titleId}>
      <h2 className="link-notice__title" id={titleId}>
        {links.t('link.fromLink.title')}
      </h2>
      {filledLabels.length > 0 && (
        <p>{links.t('link.fromLink.answers', { fields: formatList(filledLabels, links.language) })}</p>
      )}
      {values.length > 0 && (
        <>
          <p>{links.t('link.fromLink.values')}</p>
          <ul>
            {values.map((value) => (
              <li key={value.label}>
                {value.label}: {value.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {problems.length > 0 && (
        <>
          <p>
            <strong>{links.t('link.problems.title')}</strong>
          </p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          <p>{links.t('link.problems.askProvider')}</p>
        </>
      )}
      {planHref && (
        <p>
          <a href={planHref}>{links.t('link.backToPlan')}</a>
        </p>
      )}
    </div>
  );
}
