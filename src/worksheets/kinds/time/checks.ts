import * as z from 'zod/mini';
import type { KindChecks } from '../kind-checks';
import { asSubject } from '../shared/text-checks';
import { isTimeOfDay, type TimeField } from './kind';

const checks: KindChecks<TimeField> = {
  kind: 'time',
  schema: (_slot, field, { required, requiredMessage }) =>
    z.string().check(
      z.refine((value) => value === '' || isTimeOfDay(value), { error: `${asSubject(field.label)} must be a real time, like 14:30` }),
      z.refine((value) => !required || value !== '', { error: requiredMessage }),
    ),
};

export default checks;
