import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseClinicConfig, type ClinicConfig } from '../../src/schemas/clinic';

/**
 * The clinic settings the site was built with, for browser tests: `clinic/config.ts` when the
 * project has a clinic folder, else the kit's example `clinic.config.ts` (the rule of
 * src/clinic/settings.ts). Browser tests run outside Vite, which that module needs.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const own = existsSync(join(ROOT, 'clinic', 'config.ts'));

export const shippedClinic: ClinicConfig = parseClinicConfig(
  ((await import(own ? '../../clinic/config.ts' : '../../clinic.config.ts')) as { default: unknown }).default,
  own ? 'clinic/config.ts' : 'clinic.config.ts',
);
