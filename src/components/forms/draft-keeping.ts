import { formatNumber } from '../../i18n/numbers';
import type { UiTranslator } from '../../i18n/strings';
import { forget, forgetEverything, keep, keepsAnything, readKept } from '../../lib/device-storage';
import { formatDateTime, formatList } from '../../lib/format';
import { normalizeAnswers } from '../../worksheets/answers';
import { listedFieldNames } from './listed-field-names';
import { draftKey, fitDraft, ignoredFieldNames, type Draft } from '../../worksheets/fit-draft';
import type { WorksheetAnswers, WorksheetDefinition } from '../../worksheets/types';

/** Saves this long after the last change, so a draft is not rewritten on every key press. */
const SAVE_DELAY_MS = 500;

/** What the draft controls show. */
export interface DraftView {
  /** The "Keep a draft on this device" box is ticked: a draft of this worksheet is kept. */
  keeping: boolean;
  /** Show "Erase my answers from this device": a draft is kept, or the kit keeps anything else here. */
  canErase: boolean;
  /** Status sentences, announced politely. */
  messages: string[];
}

/** The parts of react-hook-form's `useForm` the drafts need. */
export interface DraftForm {
  getValues: () => WorksheetAnswers;
  reset: (values: WorksheetAnswers, options: { keepDefaultValues: true }) => void;
  watch: (callback: () => void) => { unsubscribe: () => void };
}

/** What the draft controls do. */
export interface DraftControl {
  /** The box was ticked (keep a draft now and after each change) or unticked (erase this draft). */
  setKeeping: (keeping: boolean) => void;
  /** Erases everything the kit kept on this device; the answers on the page stay. */
  erase: () => Promise<void>;
}

/**
 * "Some saved answers no longer fit this worksheet and were left out: “A” and “B”." (or "“A”,
 * “B”, and 3 more": one list, so one "and"), or nothing when everything fitted. Resume from a PDF
 * says it the same way. Words, lists and counts are the translator's language's ("2,990", "2.990").
 * @param keys answer keys (or PDF field names) that were left out
 * @param ui the page's translator
 */
export function leftOutMessages(definition: WorksheetDefinition, keys: readonly string[], ui: UiTranslator): string[] {
  if (keys.length === 0) return [];
  // A crafted PDF may hold thousands of fields named with any text: name at most a few kit-shaped ones.
  const { shown, more } = listedFieldNames(keys);
  const names = ignoredFieldNames(definition, shown, ui);
  if (names.length === 0)
    return [ui.t('form.resume.ignoredUnnamed', { count: formatNumber(keys.length, ui.language) })];
  const listed = more > 0 ? [...names, ui.tPlural('form.resume.more', more)] : names;
  return [ui.t('form.resume.ignored', { fields: formatList(listed, ui.language) })];
}

/**
 * Drafts of one worksheet, kept on the device only when the patient ticks the box. Restores a kept
 * draft at once (so call it before putting a provider's link answers in: they then fill only what
 * the draft left empty), saves 500 ms after the last change and when the page is hidden, and
 * erases on request. Loaded after the form hydrates, so the page's first script does not carry it.
 * What it says (and the date a draft was saved) is in the language of `ui`, the page's translator.
 */
export function keepDrafts(
  definition: WorksheetDefinition,
  /** How the form starts (see `initialAnswers`): answers still the same are not kept. */
  initial: WorksheetAnswers,
  form: DraftForm,
  show: (view: DraftView) => void,
  ui: UiTranslator,
): DraftControl {
  const { t } = ui;
  const key = draftKey(definition.id);
  let keeping = false;
  let failed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let watching: { unsubscribe: () => void } | undefined;

  const view = (messages: string[]) => show({ keeping, canErase: keeping || keepsAnything(), messages });

  /** Writes the draft now; `false` when the browser refuses (storage full or blocked). */
  const write = () => {
    clearTimeout(timer);
    const draft: Draft = {
      version: definition.version,
      savedAt: new Date().toISOString(),
      answers: Object.fromEntries(
        Object.entries(normalizeAnswers(definition, form.getValues())).filter(
          ([answer, value]) => JSON.stringify(value) !== JSON.stringify(initial[answer]),
        ),
      ),
    };
    return keeping && keep(key, draft);
  };

  /** Saves after a change or as the page is hidden; says so when saving stops or starts working again. */
  const save = () => {
    const saved = write();
    if (saved === failed) view([t(saved ? 'draft.kept' : 'draft.keepFailed')]);
    failed = !saved;
  };

  const stop = () => {
    keeping = false;
    clearTimeout(timer);
    watching?.unsubscribe();
    removeEventListener('pagehide', save);
  };

  const start = () => {
    stop(); // never two watchers
    keeping = true;
    watching = form.watch(() => {
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    });
    addEventListener('pagehide', save);
  };

  const draft = fitDraft(definition, readKept(key));
  if (draft) {
    form.reset({ ...form.getValues(), ...draft.answers }, { keepDefaultValues: true });
    start();
    view([
      t('draft.restored', { date: formatDateTime(draft.savedAt, ui.language) }),
      ...leftOutMessages(definition, draft.ignored, ui),
    ]);
  } else {
    view([]);
  }

  return {
    setKeeping(on) {
      if (on) {
        start();
        failed = !write();
        if (failed) stop();
        view([t(failed ? 'draft.keepFailed' : 'draft.kept')]);
        return;
      }
      stop();
      forget(key);
      view([t('draft.erased')]);
    },
    async erase() {
      stop();
      await forgetEverything();
      view([t('draft.erased')]);
    },
  };
}
