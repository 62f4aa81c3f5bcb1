import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useUi } from '../../i18n/react';
import {
  entriesShown,
  entrySlots,
  entryTitle,
  removeEntryLabel,
  sectionEntries,
  type SectionEntry,
} from '../../worksheets/answers';
import type { SectionRepeat, WorksheetField, WorksheetSection } from '../../worksheets/types';
import type { FieldForm } from './field-input';
import { answersWithoutEntry } from './remove-entry';

interface Props {
  /** A section with `repeat`. */
  section: WorksheetSection;
  form: FieldForm;
  /**
   * Draws one field as the form draws any other (`FormField`), passed in rather than imported so
   * this component's own chunk, loaded only where a worksheet has a repeated section, holds no field code.
   */
  renderField: (field: WorksheetField) => ReactNode;
}

/** Element ids of an entry, for focus and the page's anchors. */
const ids = (section: WorksheetSection, n: number) => ({
  entry: `${section.id}-entry-${n}`,
  title: `${section.id}-entry-${n}-title`,
});

/**
 * The entries of a repeated section (see `SectionRepeat` in worksheets/types.ts), GOV.UK's "add
 * another" pattern: each entry a fieldset whose legend is its heading ("Entry 2"), a button that
 * adds one more, and in each entry (while there are two or more) a button that removes it.
 *
 * Shown: entry 1, every entry in use (`entriesShown`: so a resumed PDF or a kept draft with three
 * entries shows three), and those the patient added. An added entry left blank is not in use, so
 * nothing in it is required, and it is not printed but as the PDF's blank entry.
 *
 * Removing entry n is the patient's choice to blank it: the later entries move up one
 * (`answersWithoutEntry`) and the messages of the section's answers are cleared, as they would
 * otherwise stay with the wrong entry until the next submit. Focus moves to what took the entry's
 * place (the heading of the entry now numbered n, or "Add another entry" when it was the last), or,
 * after adding, to the new entry's first answer; a polite live region says what happened, as the
 * focus move alone does not say the entry is gone.
 */
export default function RepeatedEntries({ section, form, renderField }: Props) {
  const { t, tPlural } = useUi();
  const repeat = section.repeat!;
  const entries = sectionEntries(section);
  const keys = useMemo(
    () =>
      entrySlots(section)
        .flat()
        .map((slot) => slot.key),
    [section],
  );
  // Watched so a reset (a resumed PDF, a draft, Undo) shows every entry it puts in use. Typing here
  // re-renders only this list: the entries themselves are memoised.
  const watched = useWatch({ control: form.control, name: keys });
  const answers = Object.fromEntries(keys.map((key, index) => [key, watched[index]]));
  const [opened, setOpened] = useState(1);
  const shown = Math.min(repeat.max, Math.max(entriesShown(section, answers), opened));
  const [status, setStatus] = useState('');
  const focusNext = useRef<{ id: string; firstControl: boolean }>(undefined);
  // What the stable remove handler reads when it runs.
  const now = useRef({ answers, shown });
  now.current = { answers, shown };
  const addId = `${section.id}-add`;

  useEffect(() => {
    const target = focusNext.current && document.getElementById(focusNext.current.id);
    if (!target) return;
    const control = focusNext.current!.firstControl
      ? target.querySelector<HTMLElement>('input, textarea, select, button')
      : target;
    focusNext.current = undefined;
    (control ?? target).focus();
  });

  // Repeating the same words would not be announced again (the region's text would not change):
  // a no-break space at the end tells the two apart.
  const announce = (words: string) => setStatus((before) => (before === words ? `${words}\u00a0` : words));

  const add = () => {
    const n = shown + 1;
    setOpened(n);
    announce(t('form.repeat.added', { entry: entryTitle(repeat, n) }));
    focusNext.current = { id: ids(section, n).entry, firstControl: true };
  };

  const remove = useCallback(
    (n: number) => {
      const { answers: current, shown: count } = now.current;
      for (const [key, value] of Object.entries(answersWithoutEntry(section, current, n, count)))
        form.setValue(key, value, { shouldDirty: true });
      form.clearErrors?.(keys);
      setOpened(count - 1);
      const later = n < count;
      announce(t(later ? 'form.repeat.removedMoved' : 'form.repeat.removed', { entry: entryTitle(repeat, n) }));
      focusNext.current = { id: later ? ids(section, n).title : addId, firstControl: false };
    },
    [section, form, keys, t, addId, repeat],
  );

  return (
    <div className="repeat">
      {entries.slice(0, shown).map((entry) => (
        <Entry
          key={entry.n}
          section={section}
          repeat={repeat}
          entry={entry}
          renderField={renderField}
          removable={shown > 1}
          onRemove={remove}
        />
      ))}
      {shown < repeat.max ? (
        <button type="button" id={addId} className="button button--secondary repeat__add" onClick={add}>
          {repeat.addLabel}
        </button>
      ) : (
        <p className="field__hint repeat__full">{tPlural('form.repeat.full', repeat.max)}</p>
      )}
      <p className="visually-hidden repeat__status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

interface EntryProps extends Pick<Props, 'section' | 'renderField'> {
  repeat: SectionRepeat;
  entry: SectionEntry;
  /** Whether to offer removing it (not while it is the only entry). */
  removable: boolean;
  onRemove: (n: number) => void;
}

/** One entry: a fieldset headed by the entry's title, its questions, and its remove button. */
// Pure, so a bundle that does not use this module can drop it.
const Entry = /* @__PURE__ */ memo(function Entry({
  section,
  repeat,
  entry,
  renderField,
  removable,
  onRemove,
}: EntryProps) {
  const n = entry.n!;
  const { entry: entryId, title } = ids(section, n);
  return (
    <fieldset className="fieldset repeat__entry" id={entryId}>
      <legend className="repeat__legend">
        {/* A heading too, so screen reader users can move between entries; focused when one is removed. */}
        <h3 className="repeat__title" id={title} tabIndex={-1}>
          {entry.title}
        </h3>
      </legend>
      {entry.fields.map(renderField)}
      {removable && (
        <button type="button" className="button button--secondary repeat__remove" onClick={() => onRemove(n)}>
          {removeEntryLabel(repeat, n)}
        </button>
      )}
    </fieldset>
  );
});
