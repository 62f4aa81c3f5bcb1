/**
 * How a question's label is put inside another sentence (a validation message, a list of answers
 * left out). Plain string work with no zod, so the page's own code (answers.ts) may use it too.
 */

/**
 * A label as the subject of a sentence: "Session date:" → "Session date", "¿Cuándo es la sesión?"
 * → "Cuándo es la sesión". The question's own marks go (a closing ?, ., : or !, and Spanish's
 * opening ¿ or ¡), since the message around it is a sentence of its own.
 */
export const asSubject = (label: string) => label.replace(/^[¿¡]\s*/, '').replace(/[?.:!]$/, '');

/**
 * A label as it reads inside a sentence: "Your phone number?" → "your phone number",
 * "¿Tu número de teléfono?" → "tu número de teléfono" ({@link asSubject}, then a small first letter).
 * @param language the message's language, whose rules lower the first letter
 */
export const inSentence = (label: string, language: string) => {
  const subject = asSubject(label);
  return subject.charAt(0).toLocaleLowerCase(language) + subject.slice(1);
};
