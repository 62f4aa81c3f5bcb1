/**
 * A small RFC 5545 reader for the calendar tests: enough to read back what the kit writes, and
 * strict where the kit could go wrong (line endings, folding, escapes), so a test fails on a file
 * a calendar app might misread. No parser is installed and one test helper does not warrant a
 * dependency.
 */

/** One property: `NAME;PARAM=VALUE:value`, its value as written (still escaped). */
export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** A component (`VCALENDAR`, `VEVENT`, `VALARM`) with its properties and the components inside it. */
export interface IcsComponent {
  name: string;
  properties: IcsProperty[];
  components: IcsComponent[];
}

/** The physical lines of a file, after checking every one ends in CRLF. */
export function physicalLines(text: string): string[] {
  if (!text.endsWith('\r\n')) throw new Error('The file does not end with CRLF.');
  const lines = text.slice(0, -2).split('\r\n');
  const bare = lines.find((line) => /[\r\n]/.test(line));
  if (bare !== undefined) throw new Error(`A line break that is not CRLF: ${JSON.stringify(bare)}`);
  return lines;
}

/** Content lines: folded lines (CRLF then one space or tab) joined back (§3.1). */
export function unfold(text: string): string[] {
  const lines: string[] = [];
  for (const line of physicalLines(text)) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (lines.length === 0) throw new Error('The file starts with a continuation line.');
      lines[lines.length - 1] += line.slice(1);
    } else {
      lines.push(line);
    }
  }
  return lines;
}

/** A TEXT value unescaped (§3.3.11); throws on an escape RFC 5545 does not define or an unescaped `,` or `;`. */
export function unescapeText(value: string): string {
  let out = '';
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    if (char === ',' || char === ';') throw new Error(`Unescaped "${char}" in ${JSON.stringify(value)}`);
    if (char !== '\\') {
      out += char;
      continue;
    }
    const next = value[++index];
    if (next === 'n' || next === 'N') out += '\n';
    else if (next === '\\' || next === ',' || next === ';') out += next;
    else throw new Error(`Unknown escape "\\${next ?? ''}" in ${JSON.stringify(value)}`);
  }
  return out;
}

/** One content line as a property. Parameter values here never hold `:` or `;` (the kit writes none). */
function property(line: string): IcsProperty {
  const colon = line.indexOf(':');
  if (colon < 1) throw new Error(`Not a content line: ${JSON.stringify(line)}`);
  const [name, ...params] = line.slice(0, colon).split(';');
  return {
    name: name!.toUpperCase(),
    params: Object.fromEntries(params.map((param) => param.split('=') as [string, string])),
    value: line.slice(colon + 1),
  };
}

/** Reads a whole file into its one top-level component. */
export function parseIcs(text: string): IcsComponent {
  const stack: IcsComponent[] = [];
  let root: IcsComponent | undefined;
  for (const line of unfold(text)) {
    const prop = property(line);
    if (prop.name === 'BEGIN') {
      const component = { name: prop.value, properties: [], components: [] };
      stack.at(-1)?.components.push(component);
      stack.push(component);
    } else if (prop.name === 'END') {
      const component = stack.pop();
      if (component?.name !== prop.value) throw new Error(`END:${prop.value} closes ${component?.name ?? 'nothing'}`);
      if (stack.length === 0) root = component;
    } else {
      const current = stack.at(-1);
      if (!current) throw new Error(`A property outside any component: ${line}`);
      current.properties.push(prop);
    }
  }
  if (!root || stack.length > 0) throw new Error('The file does not close every component.');
  return root;
}

/** The one property `name` of a component (throws when there is none or more than one). */
export function one(component: IcsComponent, name: string): IcsProperty {
  const found = component.properties.filter((prop) => prop.name === name);
  if (found.length !== 1) throw new Error(`${component.name} has ${found.length} ${name} properties.`);
  return found[0]!;
}

/** A UTC DATE-TIME (`20260314T090000Z`) as milliseconds since 1970. */
export function utcInstant(value: string): number {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) throw new Error(`Not a UTC date-time: ${value}`);
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
}

/** A DURATION (`-PT4H30M`) in milliseconds, negative before. */
export function durationMs(value: string): number {
  const match = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value);
  if (!match || value.endsWith('T') || value.endsWith('P')) throw new Error(`Not a duration: ${value}`);
  const [, sign, w, d, h, mi, s] = match;
  const ms =
    ((Number(w ?? 0) * 7 + Number(d ?? 0)) * 86_400 + Number(h ?? 0) * 3600 + Number(mi ?? 0) * 60 + Number(s ?? 0)) *
    1000;
  return sign === '-' ? -ms : ms;
}
