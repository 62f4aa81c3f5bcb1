import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { dateTimeFormat } from './intl-cache';

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
    const first = lines.findIndex(
      (other, at) => at < line - 1 && keyOf(other) === key && indentOf(other) === indentOf(text),
    );
    const where = first === -1 ? '' : ` (and on line ${fileLine(first + 1)})`;
    return { line, hint: `"${key}" is written twice${where}: keep one of them.` };
  }
  if (/closing ["']?quote/i.test(message)) {
    // The parser reports where the text ran out; the line to fix is the one that opened the quote.
    const opened = lines.findIndex((other, at) => at < line && doubleQuotes(other) % 2 === 1);
    const at = opened === -1 ? line : opened + 1;
    return {
      line: at,
      hint: `line ${fileLine(at)} opens a quote (") that is not closed: end the value with " on the same line.`,
    };
  }
  if (
    /^Nested mappings are not allowed in compact mappings/.test(message) ||
    /^Implicit keys of flow sequence/.test(message)
  ) {
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
    return {
      line: at,
      hint: `the list in square brackets on line ${fileLine(at)} is not closed: end it with ] on the same line, such as audience: [patient, chaperone].`,
    };
  }
  if (text.trim() && !text.includes(':') && !text.trim().startsWith('-')) {
    return { line, hint: `line ${n} has no colon: write each field as name, colon, space, value, such as order: 5.` };
  }
  const previous = lines.slice(0, line - 1).findLast((other) => other.trim() !== '' && !other.trim().startsWith('#'));
  if (
    indentOf(text) > 0 &&
    previous !== undefined &&
    indentOf(previous) === 0 &&
    /:\s*\S/.test(previous) &&
    !/:\s*[|>][-+]?\s*$/.test(previous)
  ) {
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
    const pair = (
      parent as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null
    )?.items?.find((item) => item.key?.value === key);
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

/** A date as frontmatter writes one (js-yaml reads exactly this shape, unquoted, as a date). */
const WRITTEN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What is wrong with a written date that is not a real one, and the nearest real date. */
export interface DateSlip {
  /** In a few words: `month 13`, `April has 30 days`, `February 2026 has 28 days`, `day 00`. */
  reason: string;
  /** The nearest real date, as YYYY-MM-DD: `2026-13-01` → `2026-12-01`, `2026-04-31` → `2026-04-30`. */
  nearest: string;
}

const pad = (value: number) => String(value).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthName = (month: number) =>
  dateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));

/**
 * What is wrong with `text` as a date, when it is written YYYY-MM-DD but names no real day;
 * `undefined` for a real date or for text of another shape (the schema words those).
 * @param text the value as written, without quotes: `2026-13-01`
 */
export function dateSlip(text: string): DateSlip | undefined {
  const match = WRITTEN_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const realMonth = Math.min(Math.max(month, 1), 12);
  const days = daysIn(year, realMonth);
  let reason: string;
  if (month !== realMonth) reason = `month ${match[2]}`;
  else if (day < 1) reason = `day ${match[3]}`;
  else if (day > days) reason = `${monthName(month)}${month === 2 ? ` ${year}` : ''} has ${days} days`;
  else return undefined;
  return { reason, nearest: `${match[1]}-${pad(realMonth)}-${pad(Math.min(Math.max(day, 1), days))}` };
}

/** A top-level field whose unquoted value looks like a date: `lastReviewed: 2026-13-01  # a comment`. */
const UNQUOTED_DATE_FIELD = /^([A-Za-z_][\w-]*):[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*(?:#.*)?$/;

/**
 * The top-level fields written as an unquoted date that names no real day, with the text as
 * written. Why: Astro reads frontmatter with js-yaml, which turns `lastReviewed: 2026-13-01` into
 * 1 January 2027 without a word (and `2026-04-31` into 1 May), so the schema is handed a real date
 * and accepts it. Putting the written text back (`{ ...data, ...impossibleDates(source) }`, before
 * the schema runs) lets the schema refuse it as it refuses a quoted "2026-13-01", with the file
 * and line. A line scan, not a YAML parse: it runs on every file, and costs next to nothing.
 * @param source the whole file (frontmatter and body)
 * @returns field → written text, e.g. `{ lastReviewed: '2026-13-01' }`; empty when every date is real
 */
export function impossibleDates(source: string): Record<string, string> {
  const frontmatter = findFrontmatter(source);
  if (!frontmatter) return {};
  const found: Record<string, string> = {};
  for (const line of frontmatter.text.split(/\r?\n/)) {
    const match = UNQUOTED_DATE_FIELD.exec(line);
    if (match && dateSlip(match[2]!)) found[match[1]!] = match[2]!;
  }
  return found;
}

/** What a loader's entry type does that matters here: read a file's data from its text (Astro's `ContentEntryType`). */
export interface EntryReader {
  getEntryInfo(params: {
    contents: string;
    fileUrl: URL;
  }): { data: Record<string, unknown> } | Promise<{ data: Record<string, unknown> }>;
}

/**
 * Entry types that read data as before, with {@link impossibleDates} put back, for a content loader
 * to hand Astro's `glob()` in place of its own (`{ ...context, entryTypes: withWrittenDates(entryTypes) }`).
 * The file's text is already in hand there, so a build whose dates are all real does no extra reading.
 * @param entryTypes the loader context's entry types, by file extension
 */
export function withWrittenDates<T extends EntryReader>(entryTypes: ReadonlyMap<string, T>): Map<string, T> {
  return new Map(
    [...entryTypes].map(([extension, type]) => [
      extension,
      {
        ...type,
        async getEntryInfo(params: { contents: string; fileUrl: URL }) {
          const info = await type.getEntryInfo(params);
          const written = impossibleDates(params.contents);
          return Object.keys(written).length === 0 ? info : { ...info, data: { ...info.data, ...written } };
        },
      },
    ]),
  );
}
