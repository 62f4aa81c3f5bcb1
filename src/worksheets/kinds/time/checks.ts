import * as z from 'zod/mini';
import type { KindChecks } from '../kind-checks';
import { asSubject } from '../shared/text-checks';
import { isTimeOfDay, type TimeField } from './kind';

const checks: KindChecks<TimeField> = {
  kind: 'time',
  schema: (_slot, field, { required, requiredMessage, ui }) =>
    z.string().check(
      z.refine((value) => value === '' || isTimeOfDay(value), {
        error: ui.t('check.time', { label: asSubject(field.label) }),
      }),
      z.refine((value) => !required || value !== '', { error: requiredMessage }),
    ),
};

export default checks;
