import type { FieldBase } from '../field-kind';
import { textKind } from '../shared/text';

/** A time of day, stored as `HH:MM` (24-hour). */
export interface TimeField extends FieldBase {
  kind: 'time';
}

declare module '../field-kind' {
  interface FieldKinds {
    time: TimeField;
  }
}

/** Whether `HH:MM` names a time on a 24-hour clock, as a time input gives it. */
export const isTimeOfDay = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

export default textKind<TimeField>('time', 'time', true, isTimeOfDay);
