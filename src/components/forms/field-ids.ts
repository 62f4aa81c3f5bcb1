/**
 * Element ids for one answer, shared by the field, its hint, its error and the error summary's
 * link, so `aria-describedby` and `#links` always agree.
 */
export const fieldIds = (key: string) => ({
  input: `field-${key}`,
  hint: `field-${key}-hint`,
  error: `field-${key}-error`,
  count: `field-${key}-count`,
});

/** Joins the ids that exist into an `aria-describedby` value (or `undefined` when none). */
export const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;
