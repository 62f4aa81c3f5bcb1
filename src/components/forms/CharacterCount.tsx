import { useEffect, useState } from 'react';
import { useUi } from '../../i18n/react';
import type { UiTranslator } from '../../i18n/strings';
import { allFields } from '../../worksheets/answers';
import { characterLength } from '../../worksheets/text-length';
import type { WorksheetAnswers, WorksheetDefinition } from '../../worksheets/types';

/**
 * The visible count for an answer of `length` characters: "You have 20 characters remaining" or
 * "You have 3 characters too many", in the translator's language (its numbers too: "2.000" in Spanish).
 */
export const characterCountMessage = (length: number, maxLength: number, ui: UiTranslator) =>
  length <= maxLength
    ? ui.tPlural('form.charactersRemaining', maxLength - length)
    : ui.tPlural('form.charactersTooMany', length - maxLength);

/**
 * The numbers the character counts show before anyone types: each long answer's limit and what is
 * left of it (or over it) as the form starts. The page writes them at build, so hydrating makes no
 * number formatter (see i18n/numbers.ts).
 */
export function countsShownAtStart(definition: WorksheetDefinition, initial: WorksheetAnswers): number[] {
  return allFields(definition).flatMap((field) => {
    if (field.kind !== 'textarea') return [];
    const value = initial[field.id];
    const length = typeof value === 'string' ? characterLength(value) : 0;
    return [field.maxLength, Math.abs(field.maxLength - length)];
  });
}

interface Props {
  /** Id of the static "You can enter up to …" text, for the textarea's `aria-describedby`. */
  id: string;
  length: number;
  maxLength: number;
}

/**
 * GOV.UK character count: a visible count that never blocks typing past the limit (the answer is
 * kept and the error appears on submit), plus a polite live region updated only once typing
 * pauses, because announcing every keystroke drowns out what the person is typing (GOV.UK
 * Frontend's character count, tested with JAWS, NVDA and VoiceOver).
 */
export function CharacterCount({ id, length, maxLength }: Props) {
  const ui = useUi();
  const message = characterCountMessage(length, maxLength, ui);
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    const timer = window.setTimeout(() => setAnnounced(message), 1000);
    return () => window.clearTimeout(timer);
  }, [message]);

  return (
    <>
      <p id={id} className="visually-hidden">
        {ui.tPlural('form.characterLimit', maxLength)}
      </p>
      <p
        className={length > maxLength ? 'character-count character-count--over' : 'character-count'}
        aria-hidden="true"
      >
        {message}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </>
  );
}
