import { useMemo, useState, useSyncExternalStore } from 'react';
import type { OverridableName } from '../../clinic/overrides';
import type { SiteLinks } from '../../links/site-links';
import { Handout } from './Handout';
import { LinkOutput } from './LinkOutput';
import { OverrideFields, overrideLabel } from './OverrideFields';
import { PrefillFields, prefillableFields } from './PrefillFields';
import { useQrCode } from './QrCode';
import { ReadingListPicker } from './ReadingListPicker';
import { useBuiltLink } from './use-built-link';
import { WorksheetPicker } from './WorksheetPicker';

const subscribeNever = () => () => {};
const NO_ANSWERS: Readonly<Record<string, string>> = {};

/**
 * This page's origin in the browser, `''` while rendering at build time. The link is absolute
 * (`https://host/base/plan/#…`) wherever the site is deployed, and the built HTML holds no link to
 * a plan at all: it only exists once a provider is using the page.
 */
const useOrigin = () =>
  useSyncExternalStore(
    subscribeNever,
    () => location.origin,
    () => '',
  );

/**
 * The provider link builder (/providers/link-builder/): reading list, worksheet, care-team answers
 * and clinic numbers in, a plan link, QR code and printable handout out. Everything happens in
 * this page; nothing is stored or sent. Every value is judged by the link format's own schemas
 * (`buildProviderLink`, through {@link useBuiltLink}), so the builder can only make links the plan
 * page reads back whole.
 */
export default function LinkBuilder({ targets, modules, worksheets, clinic, planHref }: SiteLinks) {
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
  const built = useBuiltLink(draft, targets, clinic);
  const problems = built?.problems ?? {};
  const url = origin && built ? `${origin}${planHref}#${built.fragment}` : undefined;
  const qr = useQrCode(url);

  // An error waits until its input has lost focus once, then follows every change, so it is never
  // shown mid-typing but disappears as soon as the value is put right.
  const errorFor = (key: string) => (touched.has(key) ? problems[key] : undefined);
  const markTouched = (key: string) =>
    setTouched((previous) => (previous.has(key) ? previous : new Set(previous).add(key)));

  const labels = new Map<string, string>([
    ...prefillableFields(worksheet).map((field): [string, string] => [
      `f.${field.id}`,
      field.label.replace(/[?.:]$/, ''),
    ]),
    ...Object.keys(problems)
      .filter((key) => key.startsWith('o.'))
      .map((key): [string, string] => [key, overrideLabel(key.slice(2) as OverridableName)]),
  ]);
  const leftOut = Object.keys(problems)
    .filter((key) => errorFor(key))
    .map((key) => labels.get(key) ?? key);

  const bySlug = new Map(modules.map((module) => [module.slug, module]));
  const chosenModules = (built?.link.readingList ?? []).flatMap((slug) => bySlug.get(slug) ?? []);

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
      <LinkOutput url={url} leftOut={leftOut} qr={qr} />
      <Handout
        clinicName={clinic.clinic.name}
        url={url}
        qr={qr}
        modules={chosenModules}
        worksheetTitle={worksheets.find((candidate) => candidate.id === built?.link.worksheet)?.title}
      />
    </div>
  );
}
