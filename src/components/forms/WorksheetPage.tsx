import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { formatClinicValue, type ClinicValueName } from '../../clinic/values';
import { rememberNumbers } from '../../i18n/numbers';
import { LinkStringsProvider, UiStringsProvider, useUi } from '../../i18n/react';
import type { UiStrings } from '../../i18n/strings';
import { isProviderLink } from '../../links/is-provider-link';
import type { WorksheetLink } from '../../links/worksheet-link';
import type { ClinicConfig } from '../../schemas/clinic';
import type { LinkTargets } from '../../schemas/link-fragment';
import { initialAnswers } from '../../worksheets/answers';
import { withClinicValues } from '../../worksheets/clinic-text';
import type { WorksheetDefinition } from '../../worksheets/types';
import { pdfSettings } from './use-pdf-download';
import WorksheetForm from './WorksheetForm';

// Only pages opened from a provider's link show it, so only they load it (and the link's words).
const LinkNotice = lazy(() => import('../links/LinkNotice').then((module) => ({ default: module.LinkNotice })));

interface Props {
  /** The worksheet as written, in the page's language: clinic values are still `{placeholders}`, filled here. */
  definition: WorksheetDefinition;
  /** The clinic's config (clinic.config.ts, validated at build). */
  clinic: ClinicConfig;
  /** What provider links are checked against, and the plan page's URL. */
  links: { targets: LinkTargets; planHref: string };
  /** The page's UI strings (`uiStrings(locale)`): only its own language's, so no page ships another. */
  strings: UiStrings;
  /** The page's language (BCP 47, the locale's `lang`): the strings' plural rules, numbers, dates and the PDF's `/Lang`. */
  language: string;
  /**
   * Text the build wrote so that hydrating makes no `Intl` formatter (the first one in a page costs
   * 40–80 ms, four times that on Lighthouse's phone; see i18n/numbers.ts): every clinic value as `formatClinicValue` writes it, and
   * the numbers the form shows at the start (`countsShownAtStart`, by `writtenNumbers`).
   */
  written: { clinicValues: Record<ClinicValueName, string>; numbers: Record<string, string> };
}

/**
 * A worksheet page's island: the form, plus what a provider's link brings (prefilled answers,
 * clinic values set for this patient, a way back to the plan). The first render uses the clinic's
 * values only, matching the HTML built for every visitor; the link is read after hydration, and
 * its code loads only when the address has a `v=` fragment. Every component below takes its words
 * from the page's strings (`useUi()`), and so do the messages, the PDF and resume.
 */
export default function WorksheetPage({ strings, language, ...props }: Props) {
  // Before the form renders its counts; a few map entries, and the same each time.
  rememberNumbers(props.written.numbers, language);
  return (
    <UiStringsProvider strings={strings} language={language}>
      <WorksheetIsland {...props} />
    </UiStringsProvider>
  );
}

/** The island's content, below its strings' provider. */
function WorksheetIsland({ definition, clinic, links, written }: Omit<Props, 'strings' | 'language'>) {
  const ui = useUi();
  const { language } = ui;
  const [link, setLink] = useState<WorksheetLink>();
  // The link's answers the form took (a kept draft's answers are not replaced).
  const [fromLinkUsed, setFromLinkUsed] = useState<string[]>([]);
  useEffect(() => {
    const { hash } = window.location;
    if (!isProviderLink(hash)) return;
    // Reading is asynchronous: a link's phone numbers are checked by the one phone rule (src/lib/phone.ts).
    void import('../../links/worksheet-link')
      .then(({ readWorksheetLink }) => readWorksheetLink(hash, { definition, clinic, targets: links.targets, ui }))
      .then(setLink);
    // Once, on load: the link is the address the patient opened, and the page's props never change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const config = link?.config ?? clinic;
  // The clinic's own values as built; values a provider's link changed are formatted here.
  const clinicText = useCallback(
    (from: ClinicConfig) =>
      from === clinic
        ? (name: ClinicValueName) => written.clinicValues[name]
        : (name: ClinicValueName) => formatClinicValue(from, name, ui).text,
    [clinic, written, ui],
  );
  const filled = useMemo(() => withClinicValues(definition, clinicText(config)), [definition, config, clinicText]);
  // Clinic values fill fields marked `defaultFrom` (phone numbers the chaperone should have).
  const initial = useMemo(() => initialAnswers(definition, clinicText(clinic)), [definition, clinic, clinicText]);
  const pdf = useMemo(() => pdfSettings(config, ui), [config, ui]);

  return (
    <>
      {link && (
        <Suspense>
          {/* The link's own words came with it, in the page's language (see readWorksheetLink). */}
          <LinkStringsProvider strings={link.linkStrings} language={language}>
            <LinkNotice
              filledLabels={link.filled.filter(({ key }) => fromLinkUsed.includes(key)).map(({ label }) => label)}
              values={link.values}
              problems={link.reading.notices}
              planHref={link.planFragment && `${links.planHref}#${link.planFragment}`}
            />
          </LinkStringsProvider>
        </Suspense>
      )}
      <WorksheetForm
        definition={filled}
        initial={initial}
        pdf={pdf}
        fromLink={link?.answers}
        onFromLinkUsed={setFromLinkUsed}
      />
    </>
  );
}
