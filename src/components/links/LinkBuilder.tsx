import { useMemo, useState, useSyncExternalStore } from 'react';
import type { OverridableName } from '../../clinic/overrides';
import { localeOfLanguage, type Locale } from '../../i18n/locales';
import { LinkStringsProvider, UiStringsProvider, useLinks, useUi } from '../../i18n/react';
import type { LinkStrings, UiStrings } from '../../i18n/strings';
import { bareLabel } from '../../links/bare-label';
import type { PatientLanguage } from '../../links/patient-language';
import type { SiteLinks } from '../../links/site-links';
import { Handout } from './Handout';
import { LinkOutput } from './LinkOutput';
import { OverrideFields, overrideLabel } from './OverrideFields';
import { PatientLanguagePicker } from './PatientLanguagePicker';
import { PrefillFields, prefillableFields } from './PrefillFields';
import { useQrCode } from './QrCode';
import { ReadingListPicker } from './ReadingListPicker';
import { useBuiltLink } from './use-built-link';
import { WorksheetPicker } from './WorksheetPicker';

const subscribeNever = () => () => {};
const NO_ANSWERS: Readonly<Record<string, string>> = {};
const NO_SLUGS: readonly string[] = [];

/**
 * This page's origin in the browser, `''` while rendering at build time. The link is absolute
 * (`https://host/base/plan/#…`, `…/base/es/plan/#…`) wherever the site is deployed, and the built HTML holds no link to
 * a plan at all: it only exists once a provider is using the page.
 */
const useOrigin = () =>
  useSyncExternalStore(
    subscribeNever,
    () => location.origin,
    () => '',
  );

/** What the link builder page hands its island. */
export interface LinkBuilderProps extends Omit<SiteLinks, 'planHref'> {
  /** The page locale's site strings (`uiStrings(locale)`): labels' comparison words, clinic values, form words. */
  strings: UiStrings;
  /** The page locale's provider-link strings (`linkStrings(locale)`): the builder's own words. */
  linkStrings: LinkStrings;
  /** The page's BCP 47 language tag (`locales[locale].lang`); the patient's language starts as this one. */
  language: string;
  /**
   * Every language the patient's plan can be in (`patientLanguages()`): where its plan is and the
   * handout's words. The link goes to the chosen one's plan.
   */
  patients: readonly PatientLanguage[];
}

/**
 * The provider link builder (/providers/link-builder/): reading list, worksheet, care-team answers,
 * clinic numbers and the patient's language in, a plan link, QR code and printable handout out.
 * Everything happens in this page; nothing is stored or sent. Every value is judged by the link
 * format's own schemas (`buildProviderLink`, through {@link useBuiltLink}), so the builder can only
 * make links the plan page reads back whole. The builder speaks the page's language; the link and
 * the handout are in the patient's.
 */
export default function LinkBuilder({ strings, linkStrings, language, ...builder }: LinkBuilderProps) {
  return (
    <UiStringsProvider strings={strings} language={language}>
      <LinkStringsProvider strings={linkStrings} language={language}>
        <Builder {...builder} />
      </LinkStringsProvider>
    </UiStringsProvider>
  );
}

function Builder({
  targets,
  modules,
  worksheets,
  clinic,
  patients,
}: Omit<LinkBuilderProps, 'strings' | 'linkStrings' | 'language'>) {
  const links = useLinks();
  const ui = useUi();
  // The page's own language until the provider chooses another (the pages of every locale exist).
  const [patientLocale, setPatientLocale] = useState<Locale>(() => localeOfLanguage(links.language));
  const patient = patients.find((candidate) => candidate.locale === patientLocale) ?? patients[0]!;
  const [readingList, setReadingList] = useState<string[]>([]);
  const [worksheetId, setWorksheetId] = useState('');
  // Answers are kept per worksheet, so switching worksheets and back never loses what was typed.
  const [prefill, setPrefill] = useState<Record<string, Record<string, string>>>({});
  const [overrides, setOverrides] = useState<Partial<Record<OverridableName, string>>>({});
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const origin = useOrigin();

  const worksheet = targets.worksheets.find((candidate) => candidate.id === worksheetId);
  const typedPrefill = prefill[worksheetId] ?? NO_ANSWERS;
  const draft = useMemo(
    () => ({ readingList, worksheet: worksheetId, prefill: typedPrefill, overrides }),
    [readingList, worksheetId, typedPrefill, overrides],
  );
  const built = useBuiltLink(draft, targets, clinic, links);
  const problems = built?.problems ?? {};
  // Only the address's locale changes with the patient's language: the fragment is the same in all.
  const url = origin && built ? `${origin}${patient.planHref}#${built.fragment}` : undefined;
  const qr = useQrCode(url);

  // An error waits until its input has lost focus once, then follows every change, so it is never
  // shown mid-typing but disappears as soon as the value is put right.
  const errorFor = (key: string) => (touched.has(key) ? problems[key] : undefined);
  const markTouched = (key: string) =>
    setTouched((previous) => (previous.has(key) ? previous : new Set(previous).add(key)));

  const labels = new Map<string, string>([
    ...prefillableFields(worksheet).map((field): [string, string] => [`f.${field.id}`, bareLabel(field.label)]),
    ...Object.keys(problems)
      .filter((key) => key.startsWith('o.'))
      .map((key): [string, string] => [key, overrideLabel(key.slice(2) as OverridableName, links, ui)]),
  ]);
  const leftOut = Object.keys(problems)
    .filter((key) => errorFor(key))
    .map((key) => labels.get(key) ?? key);

  return (
    <div className="builder">
      <ReadingListPicker modules={modules} chosen={readingList} onChange={setReadingList} />
      <WorksheetPicker worksheets={worksheets} chosen={worksheetId} onChange={setWorksheetId} />
      <PrefillFields
        worksheet={worksheet}
        values={typedPrefill}
        onChange={(id, value) =>
          setPrefill((previous) => ({ ...previous, [worksheetId]: { ...previous[worksheetId], [id]: value } }))
        }
        onBlur={markTouched}
        errorFor={errorFor}
      />
      <OverrideFields
        clinic={clinic}
        values={overrides}
        onChange={(name, value) => setOverrides((previous) => ({ ...previous, [name]: value }))}
        onBlur={markTouched}
        errorFor={errorFor}
      />
      <PatientLanguagePicker languages={patients} chosen={patient.locale} onChange={setPatientLocale} />
      <LinkOutput url={url} leftOut={leftOut} qr={qr} />
      <Handout
        clinicName={clinic.clinic.name}
        brand={clinic.brand}
        url={url}
        qr={qr}
        readingList={built?.link.readingList ?? NO_SLUGS}
        worksheet={built?.link.worksheet}
        patient={patient}
      />
    </div>
  );
}
