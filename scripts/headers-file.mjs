/**
 * Reads a `_headers` file, the format Netlify and Cloudflare Pages use for response headers: a
 * line holding a URL pattern (`/*`), then its headers as indented `Name: value` lines; lines
 * starting with `#` are comments. scripts/serve.mjs sends the `/*` rule's headers, and a test checks
 * vercel.json carries the same ones.
 */

/**
 * @param {string} text the file's contents
 * @returns {{ pattern: string, headers: [string, string][] }[]} each rule in file order, its headers in order
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string, headers: [string, string][] }[]} */
  const rules = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule)
      throw new Error(`_headers line ${index + 1} is neither a URL pattern nor "Name: value" under one: ${line}`);
    rule.headers.push([header[1], header[2]]);
  }
  return rules;
}
