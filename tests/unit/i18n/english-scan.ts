import ts from 'typescript';
// The converter `astro check` uses (through @astrojs/language-server): an .astro file as TSX, with
// a map back to the file, so the template goes through the same TypeScript walk as the frontmatter.
import { convertToTsx } from '@astrojs/astro2tsx';
import { hasLetters, PLACEHOLDER, readsAsLabel, readsAsProse } from './english-words';

/**
 * The no-English scan (issue 16: no user-facing English string outside the English files). It
 * walks TypeScript, TSX and Astro sources with the TypeScript compiler and reports every string a
 * person would read that is English words. Where a string sits decides how strict the test is
 * (english-words.ts):
 * - `markup`: JSX/Astro text nodes, literal values of user-facing attributes (`aria-label`,
 *   `title`, `placeholder`, `alt`, `label`, a button's `value`, Astro's `set:text`…) and of
 *   label-like component props (`heading`, `hint`, `legend`…),
 *   and the literal branches of an `{expression}` in those places: any letters at all.
 * - `label`: the value of a label-like property or constant in code (`label: 'Date'`,
 *   `entryTitle: 'Entry'`, `const title = 'Notes'`): prose, or one capitalised word.
 * - `code`: every other string or template literal: prose (english-words.ts `readsAsProse`).
 *
 * Never looked at: comments, types, property names, import/export specifiers and `import()`,
 * `throw` expressions and `new …Error(…)` arguments (for developers), `console.*` calls,
 * `new RegExp(…)` sources, `data-*` and `class`/`className`/`class:list` attribute values.
 */

/** How strictly a string is judged, by where it sits (see the module comment). */
export type StringPlace = 'markup' | 'label' | 'code';

/** A string the scan reports: where it is (1-based line) and its text as written. */
export interface EnglishFinding {
  file: string;
  line: number;
  text: string;
}

/** A string the walk met, whether or not it reads as English (for tuning and for the tests). */
export interface ScannedString extends EnglishFinding {
  place: StringPlace;
}

/** HTML attributes whose values are read (or heard) by a person. */
const USER_FACING_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Inputs whose `value` is the button's text. */
const BUTTON_INPUT_TYPES = new Set(['submit', 'button', 'reset']);

/** Names of properties and component props that hold words for a person: `label`, `hint`, `addLabel`, `entryTitle`… */
const LABEL_NAME =
  /^(?:[a-z][a-zA-Z]*)?(?:label|Label|title|Title|hint|Hint|legend|Legend|heading|Heading|caption|Caption|summary|Summary|description|Description|message|Message|placeholder|Placeholder|intro|Intro)$/u;

/** Attributes never judged: styling hooks and data for scripts. */
const isCodeAttribute = (name: string) =>
  name === 'class' || name === 'className' || name === 'class:list' || name.startsWith('data-');

const test: Record<StringPlace, (text: string) => boolean> = {
  markup: hasLetters,
  label: readsAsLabel,
  code: readsAsProse,
};

/** Whether a string met in a place reads as user-facing English. */
export const isEnglish = (text: string, place: StringPlace) => test[place](text);

/** The name of a JSX attribute as written (`aria-label`, `class:list`). */
function attributeName(name: ts.JsxAttributeName): string {
  return ts.isJsxNamespacedName(name) ? `${name.namespace.text}:${name.name.text}` : name.text;
}

/** The tag name of the element an attribute belongs to, and its other literal attributes. */
function elementOf(attribute: ts.JsxAttribute): { tag: string; literal: (name: string) => string | undefined } {
  const element = attribute.parent.parent;
  const tag = element.tagName.getText();
  const literal = (name: string) => {
    for (const other of element.attributes.properties)
      if (
        ts.isJsxAttribute(other) &&
        attributeName(other.name) === name &&
        other.initializer &&
        ts.isStringLiteral(other.initializer)
      )
        return other.initializer.text;
    return undefined;
  };
  return { tag, literal };
}

/** How an attribute's value is judged, or `undefined` to skip it. */
function attributePlace(attribute: ts.JsxAttribute): StringPlace | undefined {
  const name = attributeName(attribute.name);
  if (isCodeAttribute(name)) return undefined;
  if (USER_FACING_ATTRIBUTES.has(name.toLowerCase()) || name === 'set:text') return 'markup';
  const { tag, literal } = elementOf(attribute);
  const isComponent = /^[A-Z]/u.test(tag) || tag.includes('.');
  if (isComponent && LABEL_NAME.test(name)) return 'markup';
  if (name === 'value' && (tag === 'button' || (tag === 'input' && BUTTON_INPUT_TYPES.has(literal('type') ?? ''))))
    return 'markup';
  return 'code';
}

/** Operators whose result may be one of their operands: `a ?? 'Untitled'`, `shown && 'Hide'`. */
const VALUE_OPERATORS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.QuestionQuestionToken,
  ts.SyntaxKind.BarBarToken,
  ts.SyntaxKind.AmpersandAmpersandToken,
]);

/** Whether an expression is a call of `console.*`. */
function isConsoleCall(node: ts.CallExpression): boolean {
  const callee = node.expression;
  return (
    ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'console'
  );
}

/** Whether `new X(…)` makes an error (its message is for developers) or a RegExp (its source is code). */
function isSkippedConstruction(node: ts.NewExpression): boolean {
  const callee = node.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
  return /Error$/u.test(name) || name === 'RegExp';
}

/** Whether a string literal node is a name rather than a value: a property key, an enum member. */
function isName(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    ((ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isEnumMember(parent)) &&
      parent.name === node) ||
    ts.isExternalModuleReference(parent)
  );
}

/** A template literal's text, each `${…}` as {@link PLACEHOLDER}. */
function templateText(node: ts.TemplateExpression): string {
  return node.head.text + node.templateSpans.map((span) => PLACEHOLDER + span.literal.text).join('');
}

/**
 * Every string a person might read in one TypeScript or TSX source, with the place that decides
 * how it is judged.
 * @param offsetOf maps a position in `source` to one in the file reported (for Astro's TSX); a
 *   string it gives `undefined` for is not the file's own (generated) and is left out
 */
export function stringsIn(
  source: string,
  file: string,
  kind: ts.ScriptKind,
  offsetOf: (position: number) => number | undefined = (position) => position,
  lineOf?: (offset: number) => number,
): ScannedString[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const line = lineOf ?? ((offset: number) => sourceFile.getLineAndCharacterOfPosition(offset).line + 1);
  const found: ScannedString[] = [];

  const report = (node: ts.Node, text: string, place: StringPlace) => {
    const offset = offsetOf(node.getStart(sourceFile));
    if (offset !== undefined && text.trim() !== '') found.push({ file, line: line(offset), text: text.trim(), place });
  };

  /**
   * Visits a node. `valuePlace` is the place of a literal that is the value itself (an attribute's
   * expression, a JSX child expression), passed on through the branches of `? :`, `??`, `||`, `&&`
   * and parentheses; anything deeper (a call's arguments) is judged as code.
   */
  const visit = (node: ts.Node, valuePlace: StringPlace = 'code'): void => {
    if (
      ts.isTypeNode(node) ||
      ts.isImportDeclaration(node) ||
      ts.isInterfaceDeclaration(node) ||
      ts.isTypeAliasDeclaration(node)
    )
      return;
    if (ts.isExportDeclaration(node)) return;
    if (ts.isThrowStatement(node)) return;
    if (ts.isNewExpression(node) && isSkippedConstruction(node)) return;
    if (ts.isCallExpression(node) && (isConsoleCall(node) || node.expression.kind === ts.SyntaxKind.ImportKeyword))
      return;

    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!isName(node)) report(node, node.text, valuePlace);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      report(node, templateText(node), valuePlace);
      for (const span of node.templateSpans) visit(span.expression);
      return;
    }
    if (ts.isJsxText(node)) {
      if (!node.containsOnlyTriviaWhiteSpaces) report(node, node.text, 'markup');
      return;
    }
    if (ts.isJsxAttribute(node)) {
      const place = attributePlace(node);
      if (place === undefined || !node.initializer) return;
      visit(node.initializer, place);
      return;
    }
    if (ts.isJsxExpression(node)) {
      // A child `{…}` is text on the page; an attribute's `{…}` carries the attribute's place.
      const place = ts.isJsxAttribute(node.parent) ? valuePlace : 'markup';
      if (node.expression) visit(node.expression, place);
      return;
    }
    if (ts.isPropertyAssignment(node) || (ts.isVariableDeclaration(node) && node.initializer)) {
      // `label: 'Date'`, `const title = 'Notes'`: a label-like name says the value is words.
      const name = ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : '';
      if (ts.isObjectBindingPattern(node.name) || ts.isArrayBindingPattern(node.name)) visit(node.name);
      visit(node.initializer!, LABEL_NAME.test(name) ? 'label' : 'code');
      return;
    }
    if (ts.isConditionalExpression(node)) {
      visit(node.condition);
      visit(node.whenTrue, valuePlace);
      visit(node.whenFalse, valuePlace);
      return;
    }
    if (ts.isBinaryExpression(node) && VALUE_OPERATORS.has(node.operatorToken.kind)) {
      visit(node.left, node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ? 'code' : valuePlace);
      visit(node.right, valuePlace);
      return;
    }
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) {
      visit(node.expression, valuePlace);
      return;
    }
    ts.forEachChild(node, (child) => visit(child));
  };

  visit(sourceFile);
  return found;
}

/** The 1-based line of each offset of a text. */
function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/**
 * Every string a person might read in an .astro file: its frontmatter and template (as the TSX
 * Astro's tooling makes of them, mapped back to the file's lines) and its `<script>` blocks.
 * @throws when the file does not parse, as a scan that skipped it would pass for the wrong reason
 */
export function stringsInAstro(source: string, file: string): ScannedString[] {
  const tsx = convertToTsx(source, { filename: file });
  if (tsx.hasParseErrors)
    throw new Error(`${file} does not parse as Astro: ${tsx.diagnostics.map((d) => d.message).join('; ')}`);
  const line = lineCounter(source);
  // Only positions the converter copied from the file (kind 0 spans) are the file's own text.
  const copied = tsx.mappings.filter(([, length, , originalLength, kind]) => kind === 0 && length === originalLength);
  const offsetOf = (position: number) => {
    const span = copied.find(([start, length]) => position >= start && position < start + length);
    return span && span[2] + (position - span[0]);
  };
  const found = stringsIn(tsx.code, file, ts.ScriptKind.TSX, offsetOf, line);
  for (const script of tsx.scripts) {
    if (script.type === 'json' || script.type === 'unknown' || script.type === 'event-attribute') continue;
    found.push(
      ...stringsIn(script.content, file, ts.ScriptKind.TS, (position) => script.position.start + position, line),
    );
  }
  return found;
}

/** Every string a person might read in a source file, by its extension (.ts, .tsx, .astro). */
export function stringsInFile(source: string, file: string): ScannedString[] {
  if (file.endsWith('.astro')) return stringsInAstro(source, file);
  return stringsIn(source, file, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

/** The strings of a source file that read as user-facing English. */
export function englishIn(source: string, file: string): EnglishFinding[] {
  return stringsInFile(source, file)
    .filter(({ text, place }) => isEnglish(text, place))
    .map(({ file: where, line, text }) => ({ file: where, line, text }));
}
