import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { clinicValueNames, formatClinicValue, type ClinicValueName } from '../../../src/clinic/values';
import { exampleClinic } from '../../fixtures/example-clinic';

const MODULES = join(import.meta.dirname, '..', '..', '..', 'src', 'content', 'modules');

/** One module file as an author wrote it. */
export interface ModuleFile {
  slug: string;
  frontmatter: Record<string, unknown>;
  /** The MDX body, frontmatter removed. */
  body: string;
}

/** Every module in src/content/modules, drafts included. */
export function moduleFiles(): ModuleFile[] {
  return readdirSync(MODULES)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(MODULES, file), 'utf8');
      const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      return { slug: file.replace(/\.mdx$/, ''), frontmatter: parse(yaml) as Record<string, unknown>, body };
    });
}

/** The body with every `<ClinicValue name="…" />` replaced by what the example clinic shows. */
export function withClinicValues(body: string): string {
  return body.replace(/<ClinicValue\s+name="([^"]+)"\s*\/>/g, (_, name: string) =>
    clinicValueNames.includes(name as ClinicValueName) ? formatClinicValue(exampleClinic, name as ClinicValueName).text : name,
  );
}

/**
 * The sentences a reader reads: paragraphs split at sentence ends; each heading and list item is a
 * sentence of its own (they are written as fragments). Markup, links' URLs and components are removed.
 */
export function proseSentences(body: string): string[] {
  const text = withClinicValues(body)
    .replace(/<[A-Z][^>]*\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '');
  return text
    .split(/\n\s*\n|\n(?=\s*(?:[-*]|\d+\.|#+)\s)/)
    .map((block) => block.replace(/^\s*(?:[-*]|\d+\.|#+)\s+/, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .flatMap((block) => block.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/))
    .filter((sentence) => /[A-Za-z]/.test(sentence));
}
