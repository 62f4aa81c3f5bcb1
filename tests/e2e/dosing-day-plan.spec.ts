import { expect, test, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expectNoViolations } from './axe';
import { dayFromToday, downloadPdf, openWorksheet, pageErrors, scratchPath } from './worksheets';

/**
 * The dosing-day plan (/worksheets/dosing-day/): the timeline follows the answers as they are
 * typed, worked out on the device from the example clinic's settings (4 h food, 2 h clear liquids,
 * 5 min rest, arrive 15 min early, chaperone 30 min early, 2–3 h session); "Add to calendar"
 * downloads the same timeline as a calendar file in the patient's time zone; the PDF prints it on
 * its day card, with a blood-pressure log; the whole form works from the keyboard alone.
 */

// A fixed time zone, so the calendar file's UTC times can be checked.
test.use({ timezoneId: 'America/New_York' });

const timeline = (page: Page) => page.getByRole('table', { name: /Your timeline/ });

/** The timeline's rows as "time | what to do" text. */
async function rows(page: Page): Promise<string[]> {
  return (await timeline(page).locator('tbody tr').all()).length === 0
    ? []
    : timeline(page)
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map(
            (tr) =>
              `${tr.querySelector('th')!.textContent!.replace(/\s+/g, ' ')} | ${tr.querySelector('td')!.textContent}`,
          ),
        );
}

/** The UTC instant, as an iCalendar UTC date-time, of a wall-clock time in New York. */
function newYorkInUtc(date: string, time: string): string {
  const guess = Date.parse(`${date}T${time}:00Z`);
  const offsetAt = (instant: number) => {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')!.value;
    const [, sign, hours, minutes] = /GMT([+-])(\d{2}):(\d{2})/.exec(name)!;
    return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
  };
  const instant = guess - offsetAt(guess - offsetAt(guess));
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Unfolds an iCalendar file's lines (RFC 5545 §3.1). */
const icsLines = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n');

async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 80; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

test('the timeline follows the answers as they are typed, and asks for the date and time first', async ({ page }) => {
  const errors = pageErrors(page);
  await openWorksheet(page, 'dosing-day');
  await page.getByLabel('Date of the session').fill(dayFromToday(7));
  await expect(page.getByText('Enter the date and start time of the session to see your timeline.')).toBeVisible();
  await expect(timeline(page)).toHaveCount(0);

  await page.getByLabel('Start time').fill('10:30');
  await page.getByLabel('At the clinic').check();
  await expect(timeline(page)).toBeVisible();
  expect(await rows(page)).toEqual([
    '6:30 AM | Last food. After this, do not eat.',
    '8:30 AM | Last clear liquids. After this, do not eat or drink.',
    '10:15 AM | Arrive at the clinic.',
    '10:25 AM | Sit quietly for 5 minutes. Then the care team checks your blood pressure.If it is above 140/90 mm Hg, you do not take the medicine until the care team says so.',
    '10:30 AM | The session starts. You take the medicine.',
    '12:30 PM to 1:30 PM | The session usually ends.Your ride home should be ready. Do not leave on your own.',
    'From 10:30 AM | Do not drive until the next day, after a full night’s sleep.',
  ]);

  // The trip's length adds when to leave home; a session at home brings the chaperone instead.
  await page.getByLabel('How long does the trip to the clinic take?').selectOption('30');
  await expect(timeline(page).getByText('Leave home for the clinic.')).toBeVisible();
  expect((await rows(page))[2]).toBe('9:45 AM | Leave home for the clinic.');
  await page.getByLabel('At home, with the care team on a video call').check();
  await expect(timeline(page).getByText('Your chaperone arrives.')).toBeVisible();
  await expect(timeline(page).getByText('Leave home for the clinic.')).toHaveCount(0);
  expect(await rows(page)).toContain('10:00 AM | Your chaperone arrives.They stay with you for the whole session.');
  await expect(page.getByText('Times are for America/New_York, this device’s time zone.')).toBeVisible();

  await expectNoViolations(page);
  expect(errors).toEqual([]);
});

test('"Add to calendar" downloads the timeline as a calendar file made on the device, with reminders', async ({
  page,
}) => {
  const date = dayFromToday(10);
  await openWorksheet(page, 'dosing-day');
  await page.getByLabel('Date of the session').fill(date);
  await page.getByLabel('Start time').fill('09:00');
  await page.getByLabel('At home, self-led').check();
  await page.getByLabel('Your chaperone’s phone number').fill('+1 201 555 0123');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar' }).click();
  const download = await downloading;
  const path = scratchPath(download.suggestedFilename());
  await download.saveAs(path);
  const lines = icsLines(readFileSync(path, 'utf8'));

  expect(download.suggestedFilename()).toBe(`dosing-day-${date}.ics`);
  await expect(page.getByRole('status').filter({ hasText: 'Calendar file saved' })).toContainText(
    `dosing-day-${date}.ics`,
  );
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines).toContain(`DTSTART:${newYorkInUtc(date, '09:00')}`);
  expect(lines).toContain(`DTEND:${newYorkInUtc(date, '12:00')}`);
  expect(lines.filter((line) => line === 'BEGIN:VALARM').length).toBeGreaterThanOrEqual(3);
  expect(lines.find((line) => line.startsWith('DESCRIPTION:'))).toContain('+1 201 555 0123');
  // Made here: the only requests are the site's own files (the calendar code), none carries an answer.
  for (const url of requests) {
    expect(new URL(url).origin).toBe(new URL(page.url()).origin);
    expect(url).not.toContain('555');
  }
});

test('the PDF prints the same timeline on its day card, then a blood-pressure log, and reads back', async ({
  page,
}) => {
  await openWorksheet(page, 'dosing-day');
  await page.getByLabel('Date of the session').fill(dayFromToday(7));
  await page.getByLabel('Start time').fill('10:30');
  await page.getByLabel('At the clinic').check();
  await page.getByLabel('How long does the trip to the clinic take?').selectOption('30');
  await page.getByLabel('Who drives you home').fill('Sam Lee');
  await expect(timeline(page)).toBeVisible();
  const path = await downloadPdf(page);

  execFileSync('qpdf', ['--check', path]);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
  const page_ = (number: number) =>
    execFileSync('pdftotext', ['-f', String(number), '-l', String(number), path, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
  const day = page_(pages - 1);
  const log = page_(pages);
  for (const text of ['Your dosing day', '9:45 AM', 'Leave home for the clinic.', '6:30 AM', 'Last food.', 'Ride home'])
    expect(day).toContain(text);
  for (const text of ['Blood pressure log', 'at or above 160/100 mm Hg', 'at or above 180/120 mm Hg', 'Time', 'Pulse'])
    expect(log).toContain(text);
  expect(log).not.toContain('140/90');
});

test('the plan can be filled in and downloaded with the keyboard alone', async ({ page }) => {
  await openWorksheet(page, 'dosing-day');
  await tabTo(page, page.getByLabel('Date of the session'));
  const [year, month, day] = dayFromToday(7).split('-');
  await page.keyboard.type(`${month}${day}${year}`);
  await tabTo(page, page.getByLabel('Start time'));
  await page.keyboard.type('1030AM');
  await tabTo(page, page.getByLabel('At the clinic'));
  await page.keyboard.press('Space');
  await expect(page.getByLabel('At the clinic')).toBeChecked();
  await expect(timeline(page)).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Add to calendar' }));
  const calendar = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await calendar).suggestedFilename()).toMatch(/^dosing-day-\d{4}-\d{2}-\d{2}\.ics$/);

  await tabTo(page, page.getByRole('button', { name: 'Download PDF', exact: true }));
  const pdf = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await pdf).suggestedFilename()).toMatch(/^dosing-day-plan-\d{4}-\d{2}-\d{2}\.pdf$/);
});
