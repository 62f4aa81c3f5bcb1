import * as z from 'zod/mini';
import type { KindChecks } from '../kind-checks';
import type { CheckboxField } from './kind';

const checks: KindChecks<CheckboxField> = {
  kind: 'checkbox',
  schema: (_slot, _field, { required, requiredMessage }) =>
    required ? z.boolean().check(z.refine((checked) => checked, { error: requiredMessage })) : z.boolean(),
};

export default checks;
