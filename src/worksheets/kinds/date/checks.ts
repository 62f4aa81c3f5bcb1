import * as z from 'zod/mini';
import type { KindChecks } from '../kind-checks';
import { asSubject } from '../shared/text-checks';
import { isRealDate, type DateField } from './kind';

const pad = (value: number) => String(value).padStart(2, '0');

/** `YYYY-MM-DD` plus whole years; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = year + years;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return `${target}-${pad(month)}-${pad(Math.min(day, lastDay))}`;
}

const checks: KindChecks<DateField> = {
  kind: 'date',
  schema: (_slot, field, { required, requiredMessage, today, ui }) => {
    const { within } = field;
    const checks = [
      z.refine<string>((value) => value === '' || isRealDate(value), {
        error: ui.t('check.date', { label: asSubject(field.label) }),
      }),
      z.refine<string>((value) => !required || value !== '', { error: requiredMessage }),
    ];
    if (within?.notPast) {
      const { message } = within.notPast;
      checks.push(z.refine<string>((value) => !isRealDate(value) || value >= today(), { error: message }));
    }
    if (within?.yearsAhead) {
      const { years, message } = within.yearsAhead;
      checks.push(
        z.refine<string>((value) => !isRealDate(value) || value <= addYears(today(), years), { error: message }),
      );
    }
    return z.string().check(...checks);
  },
};

export default checks;
