import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';

/**
 * Reading a content file's frontmatter with the `yaml` package, for build messages only: Astro
 * parses frontmatter itself (with js-yaml) and its error for a slip is the parser's jargon ("bad
 * indentation of a mapping entry"). When Astro's parse or the schema fails, these functions read the
 * same lines again to say which line is wrong and how to fix it, in plain words. They never decide
 * what a file means; Astro's parse does.
 */

/** Astro's own pattern for the block between the `---` lines (@astrojs/internal-helpers). */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** A file's frontmatter text and where it sits in the file. */
export interface Frontmatter {
  /** The text between the `---` lines (it starts with the newline after the first `---`). */
  text: string;
  /** Added to a line number of `text` (from 1) to give the file's line number. */
  lineOffset: number;
}

/** The frontmatter of a content file, or `undefined` when it has none. */
export function findFrontmatter(source: string): Frontmatter | undefined {
  const match = FRONTMATTER.exec(source);
  if (!match || match[1] === undefined) return undefined;
  const start = match.index + match[0].indexOf('---') + 3;
  return { text: match[1], lineOffset: source.slice(0, start).split('\n').length - 1 };
}

/** A frontmatter slip: the file line to look at and what to do there. */
export interface YamlSlip {
  /** 1-based line number in the file. */
  line: number;
  /** What is wrong and how to fix it, in plain words. */
  hint: string;
}

/** The lines of the frontmatter text, numbered as `yaml` numbers them (line 1 is `lines[0]`). */
type Lines = readonly string[];

const indentOf = (line: string) => /^ */.exec(line)![0].length;
const spaces = (count: number) => (count === 1 ? '1 space' : `${count} spaces`);
const keyOf = (line: string) => /^\s*(?:- )?([^:#\s][^:#]*?):(?:\s|$)/.exec(line)?.[1];
/** A line as a message quotes it: its field name (`"url:"`), or its text cut short. */
const quoteLine = (line: string) => {
  const key = keyOf(line);
  if (key !== undefined) return `"${line.trim().startsWith('- ') ? '- ' : ''}${key}:"`;
  const text = line.trim();
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
};

/** Number of unescaped double quotes on a line (outside single-quoted text, which YAML reads literally). */
const doubleQuotes = (line: string) => (line.replace(/'[^']*'/g, '').match(/(?<!\\)"/g) ?? []).length;

/** The nearest line above `index` that starts at the margin: the top-level field that holds it. */
function topLevelKeyAbove(lines: Lines, index: number): string | undefined {
  for (let at = index - 1; at >= 0; at -= 1) {
    const line = lines[at]!;
    if (line.trim() && indentOf(line) === 0 && !line.startsWith('#')) return keyOf(line);
  }
  return undefined;
}

/**
 * The line a mis-indented line should line up with, and how many spaces that takes: an entry
 * (`- …`) lines up with the entry above it; a line inside an entry lines up with the text after
 * the entry's dash (`url:` under `title:`). `undefined` when the lines above do not say.
 * @param index the mis-indented line's index in `lines`
 */
function lineUpWith(lines: Lines, index: number): { line: number; text: string; spaces: number } | undefined {
  const text = lines[index]!;
  const isEntry = /^\s*- /.test(text);
  for (let at = index - 1; at >= 0; at -= 1) {
    const above = lines[at]!;
    if (!above.trim() || above.trim().startsWith('#')) continue;
    if (indentOf(above) === 0) return undefined;
    const entry = /^(\s*)-(\s+)/.exec(above);
    if (isEntry && entry) return { line: at + 1, text: above, spaces: entry[1]!.length };
    if (!isEntry && entry) return { line: at + 1, text: above.slice(entry[0].length), spaces: entry[0].length };
    if (!isEntry) return { line: at + 1, text: above, spaces: indentOf(above) };
  }
  return undefined;
}

/**
 * What to tell the clinic about the first error `yaml` found, and the line (of the frontmatter
 * text, from 1) it is about. The first error is the cause; the rest follow from it.
 * @param fileLine turns a line of the frontmatter text into the file's line, for the hint's words
 */
function explain(error: YAMLError, lines: Lines, fileLine: (line: number) => number): { line: number; hint: string } {
  const line = error.linePos?.[0].line ?? 1;
  const n = fileLine(line);
  const text = lines[line - 1] ?? '';
  const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');

  if (error.code === 'TAB_AS_INDENT' || /^\t/.test(text)) {
    return { line, hint: `line ${n} is indented with a tab: indent frontmatter with spaces only.` };
  }
  if (error.code === 'DUPLICATE_KEY') {
    const key = keyOf(text);
    const first = lines.findIndex((other, at) => at < line - 1 && keyOf(other) === key && indentOf(other) === indentOf(text));
    const where = first === -1 ? '' : ` (and on line ${fileLine(first + 1)})`;
    return { line, hint: `"${key}" is written twice${where}: keep one of them.` };
  }
  if (/closing ["']?quote/i.test(message)) {
    // The parser reports where the text ran out; the line to fix is the one that opened the quote.
    const opened = lines.findIndex((other, at) => at < line && doubleQuotes(other) % 2 === 1);
    const at = opened === -1 ? line : opened + 1;
    return { line: at, hint: `line ${fileLine(at)} opens a quote (") that is not closed: end the value with " on the same line.` };
  }
  if (/^Nested mappings are not allowed in compact mappings/.test(message) || /^Implicit keys of flow sequence/.test(message)) {
    const key = keyOf(text) ?? 'title';
    const value = text.slice(text.indexOf(':') + 1).trim();
    return {
      line,
      hint: `the value on line ${n} has a colon followed by a space, which starts a new field: put the whole value in double quotes, such as ${key}: "${value.replace(/"/g, '\\"')}".`,
    };
  }
  if (/Flow sequence|Expected , or \]|\]/.test(message)) {
    const opened = lines.findLastIndex((other, at) => at < line && other.includes('[') && !other.includes(']'));
    const at = opened === -1 ? line : opened + 1;
    return { line: at, hint: `the list in square brackets on line ${fileLine(at)} is not closed: end it with ] on the same line, such as audience: [patient, chaperone].` };
  }
  if (text.trim() && !text.includes(':') && !text.trim().startsWith('-')) {
    return { line, hint: `line ${n} has no colon: write each field as name, colon, space, value, such as order: 5.` };
  }
  const previous = lines.slice(0, line - 1).findLast((other) => other.trim() !== '' && !other.trim().startsWith('#'));
  if (indentOf(text) > 0 && previous !== undefined && indentOf(previous) === 0 && /:\s*\S/.test(previous) && !/:\s*[|>][-+]?\s*$/.test(previous)) {
    return {
      line,
      hint: `line ${n} starts with spaces, but the field above it already has its value: start ${quoteLine(text)} at the beginning of the line.`,
    };
  }
  if (/indent|same column|without - indicator|implicit map key|block sequence/i.test(message)) {
    const under = topLevelKeyAbove(lines, line - 1);
    const target = lineUpWith(lines, line - 1);
    const lineUp = target
      ? `line ${n} (${quoteLine(text)}) starts after ${spaces(indentOf(text))}, but must start after ${spaces(target.spaces)}, to line up with ${quoteLine(target.text)} on line ${fileLine(target.line)}.`
      : `line up line ${n} (${quoteLine(text)}) with the line above it, using spaces, not tabs.`;
    return {
      line,
      hint: under
        ? `the lines under "${under}:" must all be indented by the same number of spaces: ${lineUp}`
        : `lines that belong together must be indented by the same number of spaces: ${lineUp}`,
    };
  }
  return { line, hint: `${message}; compare line ${n} with the example in "Add a module" in README.md.` };
}

/**
 * What is wrong with a content file's frontmatter as YAML, or `undefined` when it reads.
 * @param source the whole file (frontmatter and body)
 */
export function findYamlSlip(source: string): YamlSlip | undefined {
  const frontmatter = findFrontmatter(source);
  if (!frontmatter) return undefined;
  const document = parseDocument(frontmatter.text, { prettyErrors: true, uniqueKeys: true });
  const [error] = document.errors;
  if (!error) return undefined;
  const fileLine = (line: number) => line + frontmatter.lineOffset;
  const { line, hint } = explain(error, frontmatter.text.split(/\r?\n/), fileLine);
  return { line: fileLine(line), hint };
}

/** A path into the frontmatter, as zod reports one (`['sources', 1, 'url']`). */
export type FrontmatterPath = readonly PropertyKey[];

/**
 * Finds the file line of a value in a file's frontmatter, for messages about valid YAML that the
 * schema refused. Reads the file once and answers for any path.
 * @param source the whole file
 * @returns a function from a path (and optionally a key of the object there) to its 1-based file
 *   line: the key's line, else the value's, else the nearest enclosing value's; `undefined` when
 *   the file has no frontmatter or the path leads nowhere
 */
export function frontmatterLines(source: string): (path: FrontmatterPath, key?: string) => number | undefined {
  const frontmatter = findFrontmatter(source);
  if (!frontmatter) return () => undefined;
  const counter = new LineCounter();
  const document: Document = parseDocument(frontmatter.text, { lineCounter: counter });
  const lineAt = (offset: number) => counter.linePos(offset).line + frontmatter.lineOffset;
  const keyLine = (path: FrontmatterPath, key: string) => {
    const parent = path.length ? document.getIn(path as unknown[], true) : document.contents;
    const pair = (parent as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null)?.items?.find(
      (item) => item.key?.value === key,
    );
    return pair?.key?.range ? lineAt(pair.key.range[0]) : undefined;
  };
  return (path, key) => {
    if (key !== undefined) {
      const line = keyLine(path, key);
      if (line !== undefined) return line;
    }
    for (let length = path.length; length > 0; length -= 1) {
      const at = path.slice(0, length);
      const last = at.at(-1);
      // A field's own line is the line of its key ("sources:"), not of the first item under it.
      if (typeof last === 'string') {
        const line = keyLine(at.slice(0, -1), last);
        if (line !== undefined) return line;
      }
      const node = document.getIn(at as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
}
