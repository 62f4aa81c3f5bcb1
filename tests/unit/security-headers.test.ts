import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/headers-file.mjs';

/**
 * The response headers a host sends with the kit: public/_headers (Netlify, Cloudflare Pages, and
 * `npm start`) is the list people edit; vercel.json must say the same for Vercel. Both files stay,
 * because each host reads its own from the repository or the built folder.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const rules = parseHeadersFile(readFileSync(join(ROOT, 'public', '_headers'), 'utf8'));
const vercel = JSON.parse(readFileSync(join(ROOT, 'vercel.json'), 'utf8')) as {
  headers: { source: string; headers: { key: string; value: string }[] }[];
};
const headers = new Map(rules[0]?.headers);

describe('the security headers for static hosts', () => {
  it('are one rule for every path in public/_headers', () => {
    expect(rules.map((rule) => rule.pattern)).toEqual(['/*']);
    expect(headers.size).toBe(rules[0]!.headers.length);
  });

  it('are the same, in the same order, in vercel.json', () => {
    expect(vercel.headers.map((rule) => rule.source)).toEqual(['/(.*)']);
    expect(vercel.headers[0]!.headers.map(({ key, value }) => [key, value])).toEqual(rules[0]!.headers);
  });

  it('forbid framing, sniffing, referrers and window sharing, and keep the site on HTTPS for a year', () => {
    // Only what a meta tag cannot do: the rest of the policy is in each page (astro.config.mjs).
    expect(headers.get('Content-Security-Policy')).toBe("frame-ancestors 'none'");
    expect(headers.get('X-Frame-Options')).toBe('DENY');
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    const hsts = headers.get('Strict-Transport-Security') ?? '';
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
    expect(hsts).toContain('includeSubDomains');
  });

  it('deny the device features and tracking APIs the kit never uses', () => {
    const policy = (headers.get('Permissions-Policy') ?? '').split(/,\s*/);
    const denied = [
      'camera',
      'microphone',
      'geolocation',
      'payment',
      'usb',
      'bluetooth',
      'serial',
      'hid',
      'midi',
      'display-capture',
      'browsing-topics',
      'interest-cohort',
    ];
    for (const feature of denied) expect(policy, feature).toContain(`${feature}=()`);
    // Copying links needs the clipboard: it must stay allowed.
    expect(policy.join(' ')).not.toMatch(/clipboard/);
  });
});
