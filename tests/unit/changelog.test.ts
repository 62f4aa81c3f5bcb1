import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * CHANGELOG.md is how a clinic learns what a release changed for it (README, "Upgrading"), so its
 * shape is checked like code: Keep a Changelog headings, released versions newest first, and
 * package.json's `version` naming the newest release, so the number a clinic sees in its copy is
 * one the changelog explains.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
const packageVersion = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version?: unknown }).version;

/** The regular expression semver.org gives for a valid version (2.0.0), pre-release and build included. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** A released version's heading: `## [0.4.0] - 2026-12-04` (a release is a plain x.y.z). */
const RELEASE_HEADING = /^## \[((?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*))\] - (\d{4}-\d{2}-\d{2})$/;

/** The kinds of change Keep a Changelog 1.1.0 names; a section under a version is one of these. */
const CHANGE_TYPES = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'];

/** One `## …` section of the changelog: its heading line and the `### …` headings under it. */
interface Section {
  heading: string;
  subheadings: string[];
}

/** The `## ` sections in file order, ignoring lines inside fenced code (examples of a config). */
function sections(text: string): Section[] {
  const found: Section[] = [];
  let inCode = false;
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) inCode = !inCode;
    if (inCode) continue;
    if (line.startsWith('## ')) found.push({ heading: line.trimEnd(), subheadings: [] });
    else if (line.startsWith('### ')) found.at(-1)?.subheadings.push(line.slice(4).trim());
  }
  return found;
}

/** Compares two x.y.z versions by their numbers: negative when `a` is older than `b`. */
function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((version) => version.split('.').map(Number));
  for (let index = 0; index < 3; index += 1) {
    const difference = x![index]! - y![index]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Whether `date` (YYYY-MM-DD) is a day of the calendar, not 2026-02-30. */
function isCalendarDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

const all = sections(changelog);
const releaseSections = all.filter((section) => section.heading !== '## [Unreleased]');
const releases = releaseSections.map((section) => {
  const match = RELEASE_HEADING.exec(section.heading);
  return { heading: section.heading, version: match?.[1], date: match?.[2], subheadings: section.subheadings };
});

describe('CHANGELOG.md', () => {
  it('starts with an Unreleased section, before every version', () => {
    expect(all[0]?.heading, 'the first "## " heading of CHANGELOG.md must be "## [Unreleased]"').toBe(
      '## [Unreleased]',
    );
    expect(all.filter((section) => section.heading === '## [Unreleased]')).toHaveLength(1);
  });

  it('heads every version "## [x.y.z] - YYYY-MM-DD", with a real date', () => {
    expect(releases.length).toBeGreaterThan(0);
    for (const release of releases) {
      expect(
        release.version,
        `CHANGELOG.md: "${release.heading}" must read like "## [0.4.0] - 2026-12-04"`,
      ).toBeDefined();
      expect(isCalendarDate(release.date!), `CHANGELOG.md: "${release.heading}" has no such date`).toBe(true);
    }
  });

  it('lists versions newest first, each once, with dates that never go forward down the file', () => {
    for (let index = 1; index < releases.length; index += 1) {
      const newer = releases[index - 1]!;
      const older = releases[index]!;
      expect(
        compareVersions(newer.version!, older.version!),
        `CHANGELOG.md: ${newer.version} must come before ${older.version} only if it is newer`,
      ).toBeGreaterThan(0);
      expect(newer.date! >= older.date!, `CHANGELOG.md: ${newer.version} is dated before ${older.version}`).toBe(true);
    }
  });

  it('sorts what each version changed under the kinds Keep a Changelog names', () => {
    for (const release of releases) {
      expect(release.subheadings.length, `CHANGELOG.md: ${release.heading} lists no changes`).toBeGreaterThan(0);
      for (const subheading of release.subheadings) {
        expect(CHANGE_TYPES, `CHANGELOG.md: "### ${subheading}" under ${release.heading}`).toContain(subheading);
      }
    }
    for (const subheading of all[0]?.subheadings ?? []) expect(CHANGE_TYPES).toContain(subheading);
  });
});

describe("package.json's version", () => {
  it('is a valid semantic version', () => {
    expect(typeof packageVersion, 'package.json needs a "version"').toBe('string');
    expect(packageVersion as string, 'package.json: "version" must be a semantic version such as "0.4.0"').toMatch(
      SEMVER,
    );
  });

  it('is the newest version released in CHANGELOG.md', () => {
    expect(
      packageVersion,
      `package.json: "version" must be the newest version released in CHANGELOG.md, ${releases[0]?.version}`,
    ).toBe(releases[0]?.version);
  });
});

describe('the changelog checks themselves', () => {
  it('compare versions by number, not as text', () => {
    expect(compareVersions('0.10.0', '0.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '0.99.99')).toBeGreaterThan(0);
    expect(compareVersions('0.4.0', '0.4.0')).toBe(0);
  });

  it('refuse misshapen headings and dates', () => {
    expect(RELEASE_HEADING.test('## [0.4.0] - 2026-12-04')).toBe(true);
    for (const heading of [
      '## 0.4.0 - 2026-12-04',
      '## [0.4] - 2026-12-04',
      '## [v0.4.0] - 2026-12-04',
      '## [0.4.0] 2026-12-04',
      '## [01.4.0] - 2026-12-04',
    ]) {
      expect(RELEASE_HEADING.test(heading), heading).toBe(false);
    }
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
  });

  it('accept semantic versions and nothing else', () => {
    for (const version of ['0.4.0', '1.0.0-rc.1', '2.1.3+build.7']) expect(version).toMatch(SEMVER);
    for (const version of ['0.4', 'v0.4.0', '01.0.0', '1.0.0-']) expect(version).not.toMatch(SEMVER);
  });

  it('skip headings inside code examples', () => {
    expect(sections('## [Unreleased]\n```md\n## [9.9.9] - 2026-01-01\n```\n### Added\n').map((s) => s.heading)).toEqual(
      ['## [Unreleased]'],
    );
  });
});
