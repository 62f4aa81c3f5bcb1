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
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (/** @type {string[]} */ cells) =>
    cells
      .map((cell, column) => (column < textColumns ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
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
 * The whole report.
 * @param {any} results the object written to bench/results.json
 */
export function formatReport(results) {
  const out = [];
  const { meta } = results;
  let heading = `KAP Prep Kit bench — ${meta.startedAt}\n${meta.node}, ${meta.chromium ?? 'Chromium ?'}, ${meta.cpus} CPUs, load average ${meta.loadAverageAtStart.toFixed(1)} at start`;
  if (meta.loadAverageAtStart > meta.cpus) heading += '\nNote: the machine was busy (load > CPUs): timings are noisier and slower than on an idle machine.';
  out.push(heading);

  // 1. PDF generation
  const pdfRows = [];
  for (const runtime of [results.pdf?.node, results.pdf?.chromium]) {
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
  let pdfBody = table(['Runtime', 'Case', 'Median', 'p95', 'PDF size'], pdfRows, 2);
  pdfBody += '\nCold run: the first Greek/Cyrillic PDF of a page load (Node: of a process) also fetches the font (Node reads it from disk), imports fontkit and prepares the font.';
  const chromiumCases = results.pdf?.chromium?.cases ?? [];
  const atLimit = chromiumCases.filter((/** @type {any} */ c) => c.id.startsWith('at-limit'));
  if (atLimit.length > 0) {
    const verdicts = atLimit.map((/** @type {any} */ c) => `${c.label} ${ms(c.medianMs)} ${c.medianMs <= GOAL_AT_LIMIT_MEDIAN_MS ? 'MET' : 'MISSED'}`);
    pdfBody += `\nGoal: at-limit median ≤ ${GOAL_AT_LIMIT_MEDIAN_MS} ms in Chromium — ${verdicts.join('; ')}`;
  }
  const pdfWarnings = [...(results.pdf?.node?.warnings ?? []), ...(results.pdf?.chromium?.warnings ?? [])];
  for (const warning of pdfWarnings) pdfBody += `\nWarning: ${warning}`;
  out.push(section(`1. PDF generation — intention worksheet, Letter; ${results.pdf?.runs ?? 30} runs after ${results.pdf?.warmUpRuns ?? 3} warm-up runs`, pdfBody));

  // 2. Page weight
  if (results.pageWeight?.error) out.push(section('2. Page weight', `failed: ${results.pageWeight.error}`));
  else if (results.pageWeight) {
    const rows = results.pageWeight.pages.map((/** @type {any} */ p) => [
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
    body += '\nCSS and JS include inline <style>/<script> (also inside the HTML); Total counts them once. gzip = zlib level 6.';
    const onDemand = results.pageWeight.pdfOnDemand;
    if (onDemand) {
      /** @type {string[][]} */
      const chunkRows = [];
      for (const [group, title] of [
        ['pdf', 'first PDF of a visit'],
        ['unicode', 'first Greek/Cyrillic PDF, on top'],
      ]) {
        const part = onDemand[/** @type {string} */ (group)];
        for (const file of part.files) chunkRows.push([`  ${file.label}`, file.url.split('/').at(-1), kb(file.raw), kb(file.gzip)]);
        chunkRows.push([`= ${title}`, '', kb(part.raw), kb(part.gzip)]);
      }
      body += `\n\nOn demand, when a PDF is made (worksheet page; dynamic imports and the font)\n${table(['Part', 'File', 'Raw', 'gzip'], chunkRows, 2)}`;
    }
    for (const warning of results.pageWeight.warnings ?? []) body += `\nWarning: ${warning}`;
    out.push(section('2. Page weight of the built site, before interaction', body));
  }

  // 3. Pagefind
  const pf = results.pagefind;
  if (pf) {
    let body = '';
    if (pf.sizes?.error) body += `dist/pagefind sizes failed: ${pf.sizes.error}\n`;
    else if (pf.sizes) {
      const rows = Object.entries(pf.sizes.byCategory).map(([name, /** @type {any} */ bucket]) => [name, String(bucket.files), kb(bucket.raw)]);
      rows.push(['= index files (all but UI and runtime)', '', kb(pf.sizes.indexRaw)]);
      rows.push(['= dist/pagefind total', String(pf.sizes.total.files), kb(pf.sizes.total.raw)]);
      body += `${table(['On disk', 'Files', 'Raw'], rows)}\n`;
    }
    if (pf.search?.error) body += `\nSearch in Chromium failed: ${pf.search.error}`;
    else if (pf.search) {
      const s = pf.search;
      const rows = [
        ['on arrival at /search/ (UI)', String(s.arrival.files), kb(s.arrival.raw), kb(s.arrival.gzip)],
        ...Object.entries(s.search.byCategory).map(([name, /** @type {any} */ bucket]) => [`  typing: ${name}`, String(bucket.files), kb(bucket.raw), kb(bucket.gzip)]),
        ['= typing the query until results show', String(s.search.files), kb(s.search.raw), kb(s.search.gzip)],
        ['= whole visit', String(s.arrival.files + s.search.files), kb(s.arrival.raw + s.search.raw), kb(s.arrival.gzip + s.search.gzip)],
      ];
      body += `\n${table([`Fetched from /pagefind/ for "${s.query}"`, 'Files', 'Raw', 'gzip'], rows)}`;
    }
    out.push(section('3. Pagefind', body.trimEnd()));
  }

  // 4. Build
  if (results.build?.error) out.push(section('4. Build', `failed: ${results.build.error}`));
  else if (results.build) out.push(section('4. Build', `astro build (into a temp folder, telemetry off): ${(results.build.wallMs / 1000).toFixed(1)} s wall clock`));

  out.push(`Bench runtime ${(meta.totalMs / 1000).toFixed(0)} s; results in bench/results.json${results.errors.length > 0 ? `; ${results.errors.length} step(s) FAILED` : ''}.`);
  return out.join('\n\n');
}
