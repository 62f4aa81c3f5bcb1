import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en/ui.json' with { type: 'json' };
import { translatorFor } from '../../../src/i18n/strings';
import { readFailureReasons } from '../../../src/pdf/read';

/**
 * The reader only names why a file could not be read; the page says it, from one place (src/i18n/<locale>/ui.json),
 * so a new reason without words for the patient fails here rather than showing a key.
 */
const pageReasons = [...readFailureReasons, 'failed'] as const;
const { t } = translatorFor('en');

describe('the words for every reason a saved PDF is refused', () => {
  it.each(pageReasons)('"%s" has a message in the patient’s words', (reason) => {
    const key = `form.resume.problem.${reason}`;
    expect(Object.hasOwn(en, key), key).toBe(true);
    const message = t(key as keyof typeof en, { title: 'intention worksheet' });
    // GOV.UK style: what happened and what to do, no apology, no "valid/invalid", never a bare key.
    expect(message).toMatch(/^The |^This /);
    expect(message).toMatch(/\.$/);
    expect(message).not.toMatch(/please|sorry|invalid|error|\{/i);
  });

  it('has no message left for a reason the reader no longer gives', () => {
    const worded = Object.keys(en)
      .filter((key) => key.startsWith('form.resume.problem.'))
      .map((key) => key.slice('form.resume.problem.'.length));
    expect(worded.sort()).toEqual([...pageReasons].sort());
  });
});
