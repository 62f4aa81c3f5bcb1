import { createHash } from 'node:crypto';
import { listFiles, readBuilt } from './astro-build';

/**
 * Checks of the Content Security Policy in a built site (astro.config.mjs, `security.csp`), read
 * from the HTML as a browser would get it.
 */

/** Sources no directive may have: they would let injected markup run script or style. */
const FORBIDDEN = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"];

/** Directives that must be exactly this, whatever else changes. */
const REQUIRED = ["default-src 'none'", "form-action 'none'", "base-uri 'none'", "object-src 'none'"];

/** The policy's directives by name, each with its sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((words) => words[0]);
  return new Map(directives.map(([name, ...sources]) => [name!.toLowerCase(), sources]));
}

/** `'sha256-…'` of a script's or style's text, as CSP hashes it (UTF-8, base64). */
export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** What is wrong with one page's policy, one line per problem; empty when nothing is. */
export function pagePolicyProblems(html: string): string[] {
  const metas = [...html.matchAll(/<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/gi)];
  if (metas.length !== 1) return [`has ${metas.length} CSP meta tags, not 1`];
  const [meta] = metas;
  const policy = parsePolicy(/\scontent="([^"]*)"/.exec(meta![0])?.[1]?.replaceAll('&#39;', "'") ?? '');
  const problems: string[] = [];
  const sources = (name: string) => policy.get(name) ?? [];

  for (const required of REQUIRED) {
    const [name, ...expected] = required.split(' ');
    if (sources(name!).join(' ') !== expected.join(' ')) problems.push(`needs "${required}"`);
  }
  if (!sources('script-src').includes("'wasm-unsafe-eval'"))
    problems.push(`script-src needs 'wasm-unsafe-eval' (Pagefind)`);
  for (const [name, list] of policy) {
    for (const source of list.filter((s) => FORBIDDEN.includes(s))) problems.push(`${name} has ${source}`);
  }

  // A policy in a meta tag governs only what comes after it.
  const first = html.search(/<(script|style|link\s[^>]*rel="stylesheet")\b/i);
  if (first >= 0 && first < meta!.index) problems.push('a script or stylesheet comes before the CSP meta tag');

  // Inline scripts and styles run only if their hash is in the policy. JSON data blocks never run.
  const inline = (tag: 'script' | 'style') =>
    [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi'))].filter(
      ([, attributes]) => !/\ssrc=/.test(attributes!) && !/\stype="application\/json"/.test(attributes!),
    );
  for (const [tag, directive] of [
    ['script', 'script-src'],
    ['style', 'style-src'],
  ] as const) {
    for (const [, , text] of inline(tag)) {
      if (!sources(directive).includes(cspHash(text!))) {
        problems.push(`an inline <${tag}> has no hash in ${directive}: ${text!.slice(0, 60)}`);
      }
    }
  }

  // Attributes the policy blocks: inline event handlers and style="…" (style them with a class).
  for (const [attribute] of html.matchAll(/<[a-z][^>]*?\s(style|on[a-z]+)="/gi)) {
    problems.push(`an element has a blocked attribute: ${attribute.slice(0, 80)}`);
  }
  return problems;
}

/** Every page of a built site (`dir`) whose policy has a problem, as `page: problem`. */
export function findPolicyProblems(dir: string): string[] {
  return listFiles(dir)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .flatMap((file) => pagePolicyProblems(readBuilt(dir, file)).map((problem) => `${file}: ${problem}`));
}

/**
 * Places in the site's scripts that compile code from strings (`eval(…)`, `Function(…)`), which the
 * policy blocks, as `file: code around it`. One is known and harmless: function-bind (in fontkit's
 * dependencies) builds a function from a string only where `Function.prototype.bind` is missing,
 * which no supported browser lacks.
 */
export function findStringEval(dir: string): string[] {
  return listFiles(dir)
    .filter((file) => /\.m?js$/.test(file))
    .flatMap((file) => {
      const code = readBuilt(dir, file);
      return [...code.matchAll(/(?<![\w$.])(?:eval|Function)\s*\(/g)]
        .map((match) => code.slice(match.index, match.index + 60))
        .filter((snippet) => !snippet.startsWith('Function(`binder`,`return function ('))
        .map((snippet) => `${file}: ${snippet}`);
    });
}
