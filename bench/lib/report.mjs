// @ts-check
/**
 * Turns the results object into the plain-text tables `npm run bench` prints.
 */
import { kb, ms } from './util.mjs';

/** The goal the PDF engine is held to (issue: PDF generation speed). */
export const GOAL_AT_LIMIT_MEDIAN_MS = 300;

/**
 * A plain-text table: the first `textColumns` columns left-aligned, the others (numbers) right-aligned.
 * @param {string[]} headers
 * @param {string[][]} rows
 * @param {number} [textColumns]
 */
export function table(headers, rows, textColumns = 1) {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (/** @type {string[]} */ cells) =>
    cells
      .map((cell, column) =>
        column < textColumns ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * A titled block; blocks are separated by one blank line.
 * @param {string} title
 * @param {string} body
 */
const section = (title, body) => `${title}\n${body}`;

/**
 * Kilobytes of memory as "123 MB" (1 MB = 1,024 KB), or "—".
 * @param {number | undefined} kilobytes
 */
const mb = (kilobytes) => (kilobytes === undefined ? '—' : `${Math.round(kilobytes / 1024)} MB`);

/**
 * Seconds with one decimal, or "—".
 * @param {number | undefined} milliseconds
 */
const seconds = (milliseconds) =>
  milliseconds === undefined || Number.isNaN(milliseconds) ? '—' : `${(milliseconds / 1000).toFixed(1)} s`;

/** @param {any} pdf results.pdf */
function pdfSection(pdf) {
  const pdfRows = [];
  for (const runtime of [pdf?.node, pdf?.chromium]) {
    if (!runtime) continue;
    if (runtime.error) {
      pdfRows.push([runtime.runtime ?? '?', `failed: ${runtime.error}`, '', '', '']);
      continue;
    }
    const name = runtime.runtime.split(' ')[0];
    for (const c of runtime.cases) {
      pdfRows.push([name, c.label, ms(c.medianMs), ms(c.p95Ms), kb(c.bytes)]);
      // The cold run is one number, not a statistic: shown in the median column, no p95.
      if (c.coldMs !== undefined) pdfRows.push([name, '  1st run: cold, including font fetch', ms(c.coldMs), '', '']);
    }
  }
  let body = table(['Runtime', 'Case', 'Median', 'p95', 'PDF size'], pdfRows, 2);
  body +=
    '\nCold run: the first Greek/Cyrillic PDF of a page load (Node: of a process) also fetches the font (Node reads it from disk), imports fontkit and prepares the font.';
  const atLimit = (pdf?.chromium?.cases ?? []).filter((/** @type {any} */ c) => c.kind !== 'typical');
  if (atLimit.length > 0) {
    const verdicts = atLimit.map(
      (/** @type {any} */ c) =>
        `${c.label} ${ms(c.medianMs)} ${c.medianMs <= GOAL_AT_LIMIT_MEDIAN_MS ? 'MET' : 'MISSED'}`,
    );
    body += `\nGoal: at-limit median ≤ ${GOAL_AT_LIMIT_MEDIAN_MS} ms in Chromium — ${verdicts.join('; ')}`;
  }
  for (const warning of [...(pdf?.node?.warnings ?? []), ...(pdf?.chromium?.warnings ?? [])])
    body += `\nWarning: ${warning}`;
  return section(
    `1. PDF generation — every worksheet, Letter; ${pdf?.runs ?? 30} runs after ${pdf?.warmUpRuns ?? 3} warm-up runs`,
    body,
  );
}

/** @param {any} pageWeight results.pageWeight */
function pageWeightSection(pageWeight) {
  if (pageWeight.error) return section('2. Page weight', `failed: ${pageWeight.error}`);
  const rows = pageWeight.pages.map((/** @type {any} */ p) => [
    `${p.id} ${p.url}`,
    kb(p.html.raw),
    kb(p.html.gzip),
    kb(p.css.raw),
    kb(p.css.gzip),
    kb(p.js.raw),
    kb(p.js.gzip),
    kb(p.total.raw),
    kb(p.total.gzip),
  ]);
  let body = table(['Page', 'HTML', 'gzip', 'CSS', 'gzip', 'JS', 'gzip', 'Total', 'gzip'], rows);
  body +=
    '\nCSS and JS include inline <style>/<script> (also inside the HTML); Total counts them once. gzip = zlib level 6, file by file (what is sent):';
  body +=
    '\nthe measure the byte-budget tests hold to 2 KB of JS (content pages), 100 KB of JS (worksheets, link builder) and 30 KB of CSS.';
  const onDemand = pageWeight.pdfOnDemand;
  if (onDemand) {
    /** @type {string[][]} */
    const chunkRows = [];
    for (const [group, title] of [
      ['pdf', 'first PDF of a visit'],
      ['unicode', 'first Greek/Cyrillic PDF, on top'],
    ]) {
      const part = onDemand[/** @type {string} */ (group)];
      for (const file of part.files)
        chunkRows.push([`  ${file.label}`, file.url.split('/').at(-1), kb(file.raw), kb(file.gzip)]);
      chunkRows.push([`= ${title}`, '', kb(part.raw), kb(part.gzip)]);
    }
    body += `\n\nOn demand, when a PDF is made (worksheet page; dynamic imports and the font)\n${table(['Part', 'File', 'Raw', 'gzip'], chunkRows, 2)}`;
  }
  for (const warning of pageWeight.warnings ?? []) body += `\nWarning: ${warning}`;
  return section('2. Page weight of the built site, before interaction', body);
}

/** @param {any} pf results.pagefind */
function pagefindSection(pf) {
  let body = '';
  if (pf.sizes?.error) body += `dist/pagefind sizes failed: ${pf.sizes.error}\n`;
  else if (pf.sizes) {
    const rows = Object.entries(pf.sizes.byCategory).map(([name, /** @type {any} */ bucket]) => [
      name,
      String(bucket.files),
      kb(bucket.raw),
    ]);
    rows.push(['= index files (all but UI and runtime)', '', kb(pf.sizes.indexRaw)]);
    rows.push(['= dist/pagefind total', String(pf.sizes.total.files), kb(pf.sizes.total.raw)]);
    body += `${table(['On disk', 'Files', 'Raw'], rows)}\n`;
  }
  if (pf.search?.error) body += `\nSearch in Chromium failed: ${pf.search.error}`;
  else if (pf.search) {
    const s = pf.search;
    const rows = [
      ['on arrival at /search/ (UI)', String(s.arrival.files), kb(s.arrival.raw), kb(s.arrival.gzip)],
      ...Object.entries(s.search.byCategory).map(([name, /** @type {any} */ bucket]) => [
        `  typing: ${name}`,
        String(bucket.files),
        kb(bucket.raw),
        kb(bucket.gzip),
      ]),
      ['= typing the query until results show', String(s.search.files), kb(s.search.raw), kb(s.search.gzip)],
      [
        '= whole visit',
        String(s.arrival.files + s.search.files),
        kb(s.arrival.raw + s.search.raw),
        kb(s.arrival.gzip + s.search.gzip),
      ],
    ];
    body += `\n${table([`Fetched from /pagefind/ for "${s.query}"`, 'Files', 'Raw', 'gzip'], rows)}`;
  }
  return section('3. Pagefind', body.trimEnd());
}

/**
 * Memory columns of one measured build.
 * @param {any} build
 */
const memoryCells = (build) => {
  const pagefind = Object.entries(build.children ?? {}).find(([name]) => name.startsWith('pagefind'));
  return [mb(build.maxRssKb), pagefind ? mb(/** @type {any} */ (pagefind[1]).peakKb) : '—', mb(build.treePeakKb)];
};

/**
 * @param {any} build results.build
 * @param {any} scaling results.buildScaling
 * @param {any} [oneLanguage] results.buildOneLanguage
 */
function buildSection(build, scaling, oneLanguage) {
  const out = [];
  if (build?.error) out.push(`astro build of this repository failed: ${build.error}`);
  else if (build) {
    out.push(
      `astro build of this repository (into a temp folder, telemetry off): ${seconds(build.wallMs)} wall clock, ${seconds(build.cpuMs)} CPU, ` +
        `build process max RSS ${mb(build.maxRssKb)}, whole process tree at most ${mb(build.treePeakKb)}.`,
    );
  }
  if (oneLanguage?.error) out.push(`astro build in the default language only failed: ${oneLanguage.error}`);
  else if (oneLanguage && build && !build.error) {
    out.push(
      `The same build in the default language only (a copy without ${oneLanguage.removed.join(', ')}): ${seconds(oneLanguage.wallMs)} wall clock, ${seconds(oneLanguage.cpuMs)} CPU, ` +
        `max RSS ${mb(oneLanguage.maxRssKb)}; every language: ×${(build.wallMs / oneLanguage.wallMs).toFixed(2)} wall, ×${(build.cpuMs / oneLanguage.cpuMs).toFixed(2)} CPU.`,
    );
  }
  if (scaling?.error) out.push(`Build scaling failed: ${scaling.error}`);
  else if (scaling?.sizes) {
    const rows = [];
    /** @type {string[]} */
    const phaseNames = [];
    for (const size of scaling.sizes) {
      for (const which of ['kit', 'bare']) {
        const measured = size[which];
        rows.push([
          `+${size.added} ${which === 'kit' ? 'kit' : 'bare Astro + MDX'}`,
          String(size.modules),
          seconds(measured.wallMs),
          which === 'kit' ? `${size.ratio.toFixed(2)}×` : '',
          seconds(measured.cpuMs),
          which === 'kit' && size.cpuRatio !== undefined ? `${size.cpuRatio.toFixed(2)}×` : '',
          ...memoryCells(measured),
        ]);
        for (const name of Object.keys(measured.phases ?? {})) if (!phaseNames.includes(name)) phaseNames.push(name);
      }
    }
    let body = table(
      ['Build', 'Modules', 'Wall', 'Kit/bare', 'CPU', 'Kit/bare', 'Node max RSS', 'Pagefind', 'Tree peak'],
      rows,
    );
    body +=
      '\nCPU: user + system time of the build and the processes it ran (Pagefind included); steadier than the wall clock on a busy machine.';
    for (const size of scaling.sizes) {
      if (size.ratios?.length > 1)
        body += `\n+${size.added}: ${size.ratios.length} kit/bare pairs, the median shown; wall ratios ${size.ratios.map((/** @type {number} */ r) => `${r.toFixed(2)}×`).join(', ')}; CPU ratios ${size.cpuRatios.map((/** @type {number | undefined} */ r) => (r === undefined ? '?' : `${r.toFixed(2)}×`)).join(', ')}.`;
    }
    const phaseRows = scaling.sizes.flatMap((/** @type {any} */ size) =>
      ['kit', 'bare'].map((which) => [
        `+${size.added} ${which}`,
        ...phaseNames.map((name) => seconds(size[which].phases?.[name])),
      ]),
    );
    body += `\n\nWhere the time goes (from Astro's and Vite's own timings)\n${table(['Build', ...phaseNames], phaseRows)}`;
    body += `\nsetup: Node, config and integrations before Astro's clock starts; contentAndTypes: content layer sync and types; serverBuild/clientBuild: the Vite builds; generatePages: rendering HTML; afterBuild: astro:build:done hooks (the kit's Pagefind index).`;
    body += `\nMemory: ${scaling.memoryNote}`;
    if (scaling.goal?.ratio !== undefined) {
      body += `\nGoal: ${scaling.goal.text} — ${scaling.goal.ratio.toFixed(2)}× ${scaling.goal.met ? 'MET' : 'MISSED'}`;
      if (scaling.goal.cpuRatio !== undefined) body += ` (${scaling.goal.cpuRatio.toFixed(2)}× in CPU time)`;
    }
    out.push(
      `Build scaling: synthetic modules (~${scaling.sizes.at(-1)?.wordsPerSyntheticModule ?? '?'} words each) added to a temp copy, next to a bare Astro + MDX project building the same modules\n${body}`,
    );
  }
  return section('4. Build', out.join('\n\n'));
}

/** @param {any} lh results.lighthouse */
function lighthouseSection(lh) {
  if (lh.error) return section('5. Lighthouse', `failed: ${lh.error}`);
  const short = /** @type {Record<string, string>} */ ({
    performance: 'Perf',
    accessibility: 'A11y',
    'best-practices': 'Best pr.',
    seo: 'SEO',
  });
  const rows = lh.pages.map((/** @type {any} */ page) => [
    `${page.id} ${page.url}`,
    ...Object.keys(short).map((id) => String(page.scores[id] ?? '—')),
    page.performanceScores.join(', '),
    page.metrics['largest-contentful-paint'] ?? '—',
    page.metrics['total-blocking-time'] ?? '—',
  ]);
  let body = table(['Page', ...Object.values(short), 'Perf, each run', 'LCP', 'TBT'], rows);
  body += `\nLighthouse ${lh.version}, ${lh.formFactor}; median of ${lh.runsPerPage} runs by performance score, after a discarded warm-up run.`;
  for (const page of lh.pages) {
    for (const [category, audits] of Object.entries(page.failing)) {
      const scored = /** @type {any[]} */ (audits).filter((audit) => audit.weight > 0);
      const unscored = /** @type {any[]} */ (audits).filter((audit) => audit.weight === 0);
      if (scored.length > 0)
        body += `\n${page.id}, ${category}: ${scored.map((audit) => `${audit.title} (${audit.displayValue ?? `score ${audit.score}`})`).join('; ')}`;
      if (unscored.length > 0)
        body += `\n${page.id}, ${category}, not in the score: ${unscored.map((audit) => audit.title).join('; ')}`;
    }
    if (page.offMachineRequests.length > 0)
      body += `\n${page.id}: requests that left the machine (blocked): ${page.offMachineRequests.join(', ')}`;
    for (const warning of page.warnings) body += `\n${page.id}: Lighthouse warning: ${warning}`;
  }
  body += `\nGoal: ${lh.goal.text} — ${lh.goal.met ? 'MET' : 'MISSED'}`;
  return section('5. Lighthouse', body);
}

/**
 * The whole report.
 * @param {any} results the object written to bench/results.json
 */
export function formatReport(results) {
  const out = [];
  const { meta } = results;
  let heading = `KAP Prep Kit bench — ${meta.startedAt}\n${meta.node}, ${meta.chromium ?? 'Chromium ?'}, ${meta.cpus} CPUs, load average ${meta.loadAverageAtStart.toFixed(1)} at start, ${meta.loadAverageAtEnd?.toFixed(1) ?? '?'} at the end`;
  if (meta.loadAverageAtStart > meta.cpus)
    heading += '\nNote: the machine was busy (load > CPUs): timings are noisier and slower than on an idle machine.';
  out.push(heading);
  if (results.pdf) out.push(pdfSection(results.pdf));
  if (results.pageWeight) out.push(pageWeightSection(results.pageWeight));
  if (results.pagefind) out.push(pagefindSection(results.pagefind));
  if (results.build || results.buildScaling)
    out.push(buildSection(results.build, results.buildScaling, results.buildOneLanguage));
  if (results.lighthouse) out.push(lighthouseSection(results.lighthouse));
  out.push(
    `Bench runtime ${(meta.totalMs / 1000).toFixed(0)} s; results in bench/results.json${results.errors.length > 0 ? `; ${results.errors.length} step(s) FAILED` : ''}.`,
  );
  return out.join('\n\n');
}
