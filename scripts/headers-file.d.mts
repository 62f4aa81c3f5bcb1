/** Each rule of a `_headers` file (Netlify / Cloudflare Pages format), in order. */
export function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[];
