import { dateTimeFormat } from '../../lib/intl-cache';

/**
 * Wall-clock dates and times in one IANA time zone, and the instants they name. The dosing-day
 * timeline counts back real hours from the start (4 hours of fasting is 4 hours on the night the
 * clocks change too, never 3), so it works on instants and shows each one as the patient's clock
 * reads it. The time-zone rules are the platform's (`Intl.DateTimeFormat` with `timeZone`, the
 * browser's own tz database); this file only asks it questions. Temporal would answer them
 * directly, but Safari does not ship it yet, and a polyfill would weigh more than the timeline.
 */

/** A moment as the patient's clock and calendar show it, and the instant it is. */
export interface LocalDateTime {
  /** `YYYY-MM-DD` on the patient's calendar. */
  date: string;
  /** `HH:MM`, 24-hour, on the patient's clock. */
  time: string;
  /** Milliseconds since 1970-01-01T00:00Z. */
  instant: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** Wall-clock parts as if they were UTC: a number to do arithmetic on, not an instant. */
interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const asUtc = (wall: WallClock) => Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);

/**
 * The date and time a `YYYY-MM-DD` and an `HH:MM` name, or `undefined` when either is not a real
 * one (2026-02-30, 24:00, "9:00").
 */
export function parseWallClock(date: string, time: string): WallClock | undefined {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return undefined;
  const wall = { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]), hour: Number(t[1]), minute: Number(t[2]) };
  // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
  const check = new Date(asUtc(wall));
  if (check.getUTCFullYear() !== wall.year || check.getUTCMonth() + 1 !== wall.month || check.getUTCDate() !== wall.day)
    return undefined;
  return wall;
}

/** Whether `timeZone` is one this device knows (an IANA name such as `America/New_York`). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    dateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at `instant`. */
function wallClockAt(instant: number, timeZone: string): WallClock {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)!.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

/** How far `timeZone`'s clock is ahead of UTC at `instant`, in milliseconds (minute precision). */
const offsetAt = (instant: number, timeZone: string) =>
  asUtc(wallClockAt(instant, timeZone)) - Math.floor(instant / MINUTE) * MINUTE;

/** `instant` as the clock and calendar in `timeZone` show it. */
export function localDateTime(instant: number, timeZone: string): LocalDateTime {
  const wall = wallClockAt(instant, timeZone);
  return {
    date: `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`,
    time: `${pad(wall.hour)}:${pad(wall.minute)}`,
    instant,
  };
}

/** Where a wall-clock time falls on the day the clocks change. */
export type WallClockFit = 'exact' | 'skipped' | 'repeated';

/**
 * The instant a wall-clock time names in `timeZone`, resolved as calendars and Temporal's
 * "compatible" rule do: a time that happens twice (clocks go back: 01:30 in New York on the first
 * Sunday of November) is the first of the two; a time that never happens (clocks go forward: 02:30
 * on the second Sunday of March) is read with the offset before the change, so it lands an hour
 * later (03:30), which is what a clock that was not changed would have shown.
 * @returns the instant, and how the time fitted the day
 */
export function instantOf(wall: WallClock, timeZone: string): { instant: number; fit: WallClockFit } {
  const asIf = asUtc(wall);
  // The offsets a day either side cover every change a zone makes (at most one a day).
  const offsets = [...new Set([offsetAt(asIf - DAY, timeZone), offsetAt(asIf + DAY, timeZone)])];
  const matches = offsets
    .map((offset) => asIf - offset)
    .filter((instant) => asUtc(wallClockAt(instant, timeZone)) === asIf)
    .sort((a, b) => a - b);
  if (matches.length > 0) return { instant: matches[0]!, fit: matches.length > 1 ? 'repeated' : 'exact' };
  return { instant: asIf - offsetAt(asIf - DAY, timeZone), fit: 'skipped' };
}

/** The device's time zone, as the patient's calendar app uses it. */
export const deviceTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** `instant` plus `minutes` (negative to go back): real elapsed time, not wall-clock time. */
export const addMinutes = (instant: number, minutes: number) => instant + minutes * MINUTE;
