import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { removeDir, tempDir } from '../build/astro-build';
import { cspHash, findStringEval, pagePolicyProblems } from '../build/csp-check';

const script = 'document.body.dataset.ready = "yes"';
const style = 'astro-island{display:contents}';
const strict = `default-src 'none'; form-action 'none'; base-uri 'none'; object-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${cspHash(script)}; style-src 'self' ${cspHash(style)}`;

/** A page as Astro writes it: the policy meta tag first in the head, then scripts and styles. */
const page = (policy: string, body = `<script type="module">${script}</script><style>${style}</style>`) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body></body></html>`;

describe('the Content Security Policy check used on the built site', () => {
  it('accepts a strict policy that covers every inline script and style, and ignores JSON data blocks', () => {
    expect(
      pagePolicyProblems(
        page(
          strict,
          `<script type="module">${script}</script><style>${style}</style><script type="application/json">{"a":1}</script><script type="module" src="/_astro/x.js"></script>`,
        ),
      ),
    ).toEqual([]);
  });

  it('reports an inline script or style whose hash is not in the policy', () => {
    expect(pagePolicyProblems(page(strict, '<script>alert(1)</script><style>p{}</style>'))).toEqual([
      'an inline <script> has no hash in script-src: alert(1)',
      'an inline <style> has no hash in style-src: p{}',
    ]);
  });

  it("reports unsafe sources, a missing 'none' directive and a missing 'wasm-unsafe-eval'", () => {
    const loose = `default-src 'self'; form-action 'none'; base-uri 'none'; object-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'`;
    expect(pagePolicyProblems(page(loose, ''))).toEqual([
      `needs "default-src 'none'"`,
      `script-src needs 'wasm-unsafe-eval' (Pagefind)`,
      `script-src has 'unsafe-eval'`,
      `style-src has 'unsafe-inline'`,
    ]);
  });

  it('reports no policy, two policies, a script before the policy and attributes the policy blocks', () => {
    expect(pagePolicyProblems('<html><head></head></html>')).toEqual(['has 0 CSP meta tags, not 1']);
    expect(pagePolicyProblems(page(strict, `<meta http-equiv="content-security-policy" content="${strict}">`))).toEqual(
      ['has 2 CSP meta tags, not 1'],
    );
    const early = page(strict, '').replace('<meta charset="utf-8">', '<script src="/a.js"></script>');
    expect(pagePolicyProblems(early)).toEqual(['a script or stylesheet comes before the CSP meta tag']);
    expect(pagePolicyProblems(page(strict, '<p style="color:red">x</p><img src="/a.svg" onerror="go()">'))).toEqual([
      'an element has a blocked attribute: <p style="',
      'an element has a blocked attribute: <img src="/a.svg" onerror="',
    ]);
  });

  it('finds code compiled from strings in scripts, but not function-bind’s fallback', () => {
    const dir = tempDir('csp');
    onTestFinished(() => removeDir(dir));
    mkdirSync(join(dir, '_astro'));
    writeFileSync(
      join(dir, '_astro', 'a.js'),
      'x=Function(`binder`,`return function (`+o+`){}`);y.eval(1);z instanceof Function;',
    );
    writeFileSync(join(dir, '_astro', 'b.js'), 'const f=new Function("return 1");eval ("2")');
    expect(findStringEval(dir)).toEqual(['_astro/b.js: Function("return 1");eval ("2")', '_astro/b.js: eval ("2")']);
  });
});
