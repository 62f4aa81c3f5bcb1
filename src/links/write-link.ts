import type { ClinicOverrides } from '../clinic/overrides';
import { LINK_FORMAT_VERSION } from '../schemas/link-fragment';
import type { ProviderLink } from './read-link';

/**
 * Encodes one value for a fragment. `encodeURIComponent`, then the characters a fragment may hold
 * as they are (RFC 3986 §3.5: `,` `/` `:` `@`), and `+` for a space as `URLSearchParams` reads it.
 * `&`, `=`, `+`, `#` and `%` stay escaped, so no value can end its key or start another.
 */
function encode(value: string): string {
  return encodeURIComponent(value)
    .replace(/%20/g, '+')
    .replace(/%2C/gi, ',')
    .replace(/%2F/gi, '/')
    .replace(/%3A/gi, ':')
    .replace(/%40/gi, '@');
}

const overrideText = (value: NonNullable<ClinicOverrides[keyof ClinicOverrides]>): string =>
  typeof value === 'object' ? `${value.systolic}/${value.diastolic}` : String(value);

/**
 * The fragment (without `#`) for what a provider chose, format v1; `readProviderLink` reads it back
 * to the same values. Empty prefill values are left out, so links stay short.
 */
export function writeProviderLink(link: Partial<ProviderLink>): string {
  const parts = [`v=${LINK_FORMAT_VERSION}`];
  if (link.readingList?.length) parts.push(`r=${link.readingList.map(encode).join(',')}`);
  if (link.worksheet) parts.push(`w=${encode(link.worksheet)}`);
  for (const [id, value] of Object.entries(link.prefill ?? {})) {
    if (value.trim() !== '') parts.push(`f.${id}=${encode(value)}`);
  }
  for (const [name, value] of Object.entries(link.overrides ?? {})) {
    if (value !== undefined) parts.push(`o.${name}=${encode(overrideText(value))}`);
  }
  return parts.join('&');
}
