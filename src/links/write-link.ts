import { overrideText } from '../clinic/overridable-values';
import { isOverridableName } from '../clinic/overrides';
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
  // In the order the link holds them, so a link carried on from page to page keeps its order.
  for (const [name, value] of Object.entries(link.overrides ?? {})) {
    if (value === undefined || !isOverridableName(name)) continue;
    // `value` belongs to `name`: the overrides object is keyed by name.
    parts.push(`o.${name}=${encode(overrideText(name, value as never))}`);
  }
  return parts.join('&');
}
