/**
 * Node entry of the PDF benchmark: bundled by `lib/bundle.mjs`, run by `lib/pdf-bench.mjs` in a
 * fresh Node process (so nothing else the bench does — Chromium, the build — shares its heap or
 * JIT), from the repository root, with the path of a JSON file of drawn signatures
 * ({@link BenchSignatures}) as its argument. Prints one JSON object ({@link PdfBenchOutput}) on stdout.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { UNICODE_FONT_MODULE_PATH } from '../src/pdf/font-url';
import { runPdfCases, type BenchSignatures, type PdfBenchOutput } from './pdf-cases';

// Resolved from the working directory (the repository): the bundle itself lives in a temp folder.
const fontPath = createRequire(join(process.cwd(), 'package.json')).resolve(UNICODE_FONT_MODULE_PATH);

// Read lazily and kept, like the browser's `loadUnicodeFont`: the first Unicode run pays for the
// read, later ones reuse the same bytes (and so the engine's per-font cache).
let font: Promise<Uint8Array> | undefined;
const loadFont = () => (font ??= readFile(fontPath).then((buffer) => new Uint8Array(buffer)));

const signaturesFile = process.argv[2];
if (!signaturesFile) throw new Error('Usage: node pdf-in-node.mjs <signatures.json>');
const signatures = JSON.parse(await readFile(signaturesFile, 'utf8')) as BenchSignatures;

const output: PdfBenchOutput = await runPdfCases(loadFont, signatures);
process.stdout.write(`${JSON.stringify(output)}\n`);
