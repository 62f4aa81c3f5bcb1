import { expect, test, type Page } from '@playwright/test';
import { builtPagePaths } from './built-site';

/**
 * Issue 8, item 4: the kit works with a keyboard alone (each worksheet's own spec completes and
 * downloads it with the keyboard). On every page, each element that takes focus shows it (WCAG 2.4.7),
 * is not hidden behind anything when it has it (WCAG 2.4.11, Focus Not Obscured), and — unless it is
 * a link inside a sentence — is at least 24 by 24 CSS pixels (WCAG 2.5.8, Target Size).
 */

/** What the focused element looks like to a sighted keyboard user, read in the page. */
interface FocusFacts {
  description: string;
  indicator: boolean;
  obscured: boolean;
  width: number;
  height: number;
  inlineLink: boolean;
  hiddenInput: boolean;
}

/** Reads {@link FocusFacts} for `document.activeElement`, or `undefined` when focus is on the page itself. */
function focusFacts(page: Page): Promise<FocusFacts | undefined> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body || element === document.documentElement) return undefined;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    // A visible indicator: an outline of at least 2 px, or a box shadow (the GOV.UK focus style uses both).
    const indicator =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
      (style.boxShadow !== 'none' && style.boxShadow !== '');
    // Obscured: the point at the middle of the element shows something that is neither the element,
    // part of it, nor its label (a checkbox's label sits over or beside it by design).
    const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    const labels = 'labels' in element ? [...((element as HTMLInputElement).labels ?? [])] : [];
    const obscured =
      rect.bottom <= 0 ||
      rect.top >= innerHeight ||
      !(top && (element.contains(top) || top.contains(element) || labels.some((label) => label.contains(top))));
    // WCAG 2.5.8 exempts targets in a sentence: a link whose paragraph or list item has other text.
    const block = element.closest('p, li, dd, td, figcaption');
    const inlineLink =
      element.tagName === 'A' &&
      block !== null &&
      (block.textContent ?? '').trim() !== (element.textContent ?? '').trim();
    const hiddenInput = element instanceof HTMLInputElement && element.type === 'file';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
    return {
      description: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} “${name}”`,
      indicator,
      obscured,
      width: rect.width,
      height: rect.height,
      inlineLink,
      hiddenInput,
    };
  });
}

/** Tabs through the whole page once (until focus comes back round), collecting what each stop looks like. */
async function tabThrough(page: Page, limit = 250): Promise<FocusFacts[]> {
  const stops: FocusFacts[] = [];
  const seen = new Set<string>();
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    const facts = await focusFacts(page);
    if (!facts) continue;
    const key = `${facts.description}@${stops.length}`;
    if (stops.length > 0 && facts.description === stops[0]!.description) break;
    if (seen.has(key)) break;
    seen.add(key);
    stops.push(facts);
  }
  return stops;
}

for (const path of builtPagePaths()) {
  test(`${path}: every focus stop shows its focus, is not hidden, and is big enough to hit`, async ({ page }) => {
    test.setTimeout(120_000);
    // Wait for what a page loads after it shows (the search page's filters are drawn once Pagefind's
    // index answers): tabbing while a filter is being redrawn measured a focus ring mid-render, on a
    // busy machine, and failed a page whose focus styles are fine.
    await page.goto(path, { waitUntil: 'networkidle' });
    const stops = await tabThrough(page);
    expect(stops.length, 'focus stops').toBeGreaterThan(3);
    expect(
      stops.filter((stop) => !stop.indicator).map((stop) => stop.description),
      'no visible focus',
    ).toEqual([]);
    expect(
      stops.filter((stop) => stop.obscured).map((stop) => stop.description),
      'hidden when focused',
    ).toEqual([]);
    const small = stops.filter(
      (stop) => !stop.inlineLink && !stop.hiddenInput && (stop.width < 24 || stop.height < 24),
    );
    expect(
      small.map((stop) => `${stop.description} ${Math.round(stop.width)}×${Math.round(stop.height)}`),
      'under 24 × 24 px',
    ).toEqual([]);
  });
}
