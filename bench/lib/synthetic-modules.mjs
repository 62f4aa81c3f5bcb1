// @ts-check
/**
 * Synthetic modules for the build-scaling step: MDX files that pass the kit's frontmatter schema
 * (src/schemas/module.ts) and read like the real ones — about 1,000 words of plain prose under
 * `##`/`###` headings, bullet and numbered lists, a few `<ClinicValue>`s and a `<Callout>` or two.
 * Deterministic (seeded), so every run builds the same text. Written only into temporary copies
 * of the project, never into src/.
 *
 * The allowed ids (sections, audiences, worksheets, clinic values) are read from the kit's own
 * TypeScript sources (Node 24 strips their types), so a renamed id cannot make the bench build
 * something the schema refuses.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Real modules use `order` 1, 2, 3…; synthetic ones start here so no two share an order. */
const FIRST_ORDER = 100_000;

/** File-name prefix of every synthetic module (so they are easy to spot in a build's output). */
export const SYNTHETIC_PREFIX = 'bench-synthetic-';

/**
 * The ids the schema accepts, from the sources that define them.
 * @param {string} projectRoot
 */
async function allowedIds(projectRoot) {
  const load = (/** @type {string} */ path) => import(pathToFileURL(join(projectRoot, path)).href);
  const sections = await load('src/schemas/sections.ts');
  const worksheets = await load('src/worksheets/ids.ts');
  const clinicValues = await load('src/clinic/values.ts');
  return {
    /** @type {readonly string[]} */ sectionIds: sections.sectionIds,
    /** @type {readonly string[]} */ audienceIds: sections.audienceIds,
    /** @type {readonly string[]} */ worksheetIds: worksheets.worksheetIds,
    /** @type {readonly string[]} */ clinicValueNames: clinicValues.clinicValueNames,
  };
}

/**
 * A small seeded PRNG (mulberry32): the same seed gives the same modules on every run.
 * @param {number} seed
 */
function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** @template T @param {readonly T[]} list @returns {T} */
  const pick = (list) => /** @type {T} */ (list[Math.floor(next() * list.length)]);
  return { next, pick };
}

const TOPICS = [
  'getting ready at home',
  'talking with your care team',
  'your first session',
  'sleep before dosing day',
  'what to bring',
  'feeling nervous',
  'music during a session',
  'the days after',
  'writing in a journal',
  'your chaperone’s role',
  'eating and drinking',
  'resting after a session',
];
const SUBJECTS = [
  'You',
  'Your care team',
  'Your chaperone',
  'Many people',
  'Your provider',
  'Some patients',
  'A friend you trust',
];
const VERBS = ['may want to', 'can', 'could', 'will usually', 'might like to', 'may choose to'];
const ACTIONS = [
  'write down one question before the session',
  'set the room up the night before',
  'keep water and a blanket close by',
  'take a few slow breaths while you wait',
  'tell the provider how the week has been',
  'plan a quiet evening after the session',
  'read your intention out loud once',
  'charge the phone and leave it in another room',
  'check the time you should stop eating',
  'pick music without words',
  'ask how long the effects usually last',
  'agree on a signal that means you are fine',
];
const REASONS = [
  'because small steps make the day feel calmer',
  'so nothing needs to be found in a hurry',
  'since the medicine can make you feel unsteady',
  'which gives the session a clear starting point',
  'so your care team can plan with you',
  'because feelings can change quickly during a session',
  'so that you can rest without worrying',
  'which helps you notice what changed afterwards',
];
const EXTRAS = [
  'It is fine to go slowly.',
  'There is no right or wrong way to feel.',
  'Ask if anything is unclear.',
  'Your own instructions come first.',
  'This is a normal part of preparing.',
  'Most people find this gets easier with practice.',
];
const LIST_ITEMS = [
  'a glass of water',
  'a soft blanket',
  'eyeshades or a scarf',
  'headphones that fit well',
  'a notebook and a pen',
  'comfortable clothes',
  'a light snack for afterwards',
  'the care team’s phone number on paper',
  'a pillow for your head',
  'a quiet room with the door closed',
];
const HEADINGS = [
  'Why this matters',
  'Before the day',
  'On the day',
  'What you might notice',
  'How your chaperone can help',
  'Afterwards',
  'Questions to ask',
  'Common worries',
];
const SUBHEADINGS = [
  'A simple plan',
  'If things feel hard',
  'Small things that help',
  'What others have found',
  'Checking in',
  'Taking notes',
];

/**
 * One sentence of plain prose (8–20 words).
 * @param {ReturnType<typeof random>} rng
 */
function sentence(rng) {
  const text = `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(ACTIONS)}, ${rng.pick(REASONS)}.`;
  return rng.next() < 0.25 ? `${text} ${rng.pick(EXTRAS)}` : text;
}

/**
 * A paragraph of 2–4 sentences, sometimes ending with a clinic value.
 * @param {ReturnType<typeof random>} rng
 * @param {readonly string[]} clinicValueNames
 */
function paragraph(rng, clinicValueNames, withClinicValue = false) {
  const sentences = Array.from({ length: 2 + Math.floor(rng.next() * 3) }, () => sentence(rng));
  if (withClinicValue)
    sentences.push(`Your clinic’s setting for this is <ClinicValue name="${rng.pick(clinicValueNames)}" />.`);
  return sentences.join(' ');
}

/**
 * The MDX source of synthetic module number `index` (1-based).
 * @param {number} index
 * @param {Awaited<ReturnType<typeof allowedIds>>} ids
 */
export function syntheticModule(index, ids) {
  const rng = random(index * 7919);
  const topic = TOPICS[index % TOPICS.length];
  const audience = ids.audienceIds.filter(
    (_, position) => position === index % ids.audienceIds.length || rng.next() < 0.3,
  );
  const worksheets = ids.worksheetIds.filter(() => rng.next() < 0.4);
  const frontmatter = [
    '---',
    `title: "Practice notes ${index}: ${topic}"`,
    `description: "Practice module ${index} explains ${topic} in plain words, with steps to try and questions to ask."`,
    `order: ${FIRST_ORDER + index}`,
    `section: ${ids.sectionIds[index % ids.sectionIds.length]}`,
    `audience: [${audience.join(', ')}]`,
    'lastReviewed: 2026-11-28',
    `worksheets: [${worksheets.join(', ')}]`,
    'sources:',
    `  - title: "Example guidance on ${topic}"`,
    `    url: "https://example.org/guidance/${index}"`,
    '  - title: "Example clinic handbook"',
    `    citation: "Example Clinic handbook, chapter ${1 + (index % 12)}, 2026"`,
    '---',
  ];
  const body = [`This is practice module ${index}, about ${topic}. ${paragraph(rng, ids.clinicValueNames)}`];
  // Five `##` sections with one or two `###` each: about 1,000 words in all, like a real module.
  const headings = [...HEADINGS].sort(() => rng.next() - 0.5).slice(0, 5);
  headings.forEach((heading, section) => {
    body.push(`## ${heading}`, paragraph(rng, ids.clinicValueNames, section % 3 === 1));
    const subheadings = [...SUBHEADINGS].sort(() => rng.next() - 0.5).slice(0, 1 + (section % 2));
    for (const subheading of subheadings) {
      body.push(`### ${subheading}`, paragraph(rng, ids.clinicValueNames));
      if (rng.next() < 0.5) {
        const items = [...LIST_ITEMS].sort(() => rng.next() - 0.5).slice(0, 3 + Math.floor(rng.next() * 3));
        body.push(
          rng.next() < 0.5
            ? items.map((item) => `- ${item}`).join('\n')
            : items.map((item, n) => `${n + 1}. Get ${item} ready.`).join('\n'),
        );
      }
    }
    if (section === 1 || section === 3) {
      const type = section === 1 ? 'note' : 'important';
      body.push(`<Callout type="${type}">\n\n${paragraph(rng, ids.clinicValueNames, true)}\n\n</Callout>`);
    }
  });
  return `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n`;
}

/**
 * Writes `count` synthetic modules into `<projectRoot>/src/content/modules/`.
 * @param {string} projectRoot a temporary copy of the project (its `src/` is read for the ids)
 * @param {number} count
 * @returns {Promise<{ files: number, words: number }>} how many files, and their prose's average word count
 */
export async function writeSyntheticModules(projectRoot, count) {
  const ids = await allowedIds(projectRoot);
  const folder = join(projectRoot, 'src/content/modules');
  let words = 0;
  for (let index = 1; index <= count; index++) {
    const source = syntheticModule(index, ids);
    words += (source.split(/^---$/m)[2] ?? '').split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
    await writeFile(join(folder, `${SYNTHETIC_PREFIX}${String(index).padStart(4, '0')}.mdx`), source);
  }
  return { files: count, words: count > 0 ? Math.round(words / count) : 0 };
}

/**
 * The names of the components used in some MDX files (`<ClinicValue`, `<Callout`…), for the bare
 * project's stubs.
 * @param {string[]} paths
 */
export async function componentsUsed(paths) {
  const names = new Set();
  for (const path of paths)
    for (const match of (await readFile(path, 'utf8')).matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) names.add(match[1]);
  return /** @type {string[]} */ ([...names].sort());
}
