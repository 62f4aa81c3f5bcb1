#!/usr/bin/env node
/**
 * Makes sure the programs the browser and PDF tests drive are on this machine, before `npm test`
 * runs them. A missing tool is installed from Debian when we can (root with apt-get, as on CI);
 * otherwise the run stops with one line saying what to install. Tests are never skipped silently.
 *
 * Chromium is looked for at CHROMIUM_PATH, Debian's /usr/bin/chromium, then Google Chrome.
 * The PDF tests run qpdf and poppler-utils' pdftotext, pdfinfo and pdfimages, and resave worksheet
 * PDFs with Ghostscript (gs) and MuPDF (mutool) as other programs would.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { findChromium, chromiumCandidates } from './chromium-path.mjs';

/** Debian package → a command it provides, for tools the tests call directly (PDF checks). */
const REQUIRED_COMMANDS = { qpdf: 'qpdf', 'poppler-utils': 'pdftotext', ghostscript: 'gs', 'mupdf-tools': 'mutool' };

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const onPath = (command) => (process.env.PATH ?? '').split(':').some((dir) => dir && isExecutable(`${dir}/${command}`));

const canAptInstall = () => process.getuid?.() === 0 && onPath('apt-get');

function aptInstall(packages) {
  console.log(`Installing ${packages.join(', ')} from Debian (needed by the tests)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}

// A CHROMIUM_PATH that points nowhere is a mistake to report, not a reason to use another browser.
const chosen = process.env.CHROMIUM_PATH;
if (chosen && !isExecutable(chosen)) {
  console.error(`CHROMIUM_PATH is set to ${chosen}, which is not an executable file: fix or unset it.`);
  process.exit(1);
}

const missing = [];
if (!findChromium()) missing.push('chromium');
for (const [pkg, command] of Object.entries(REQUIRED_COMMANDS)) {
  if (!onPath(command)) missing.push(pkg);
}

if (missing.length > 0) {
  if (!canAptInstall()) {
    console.error(
      `The tests need ${missing.join(', ')}: install ${missing.length > 1 ? 'them' : 'it'} (Debian/Ubuntu: sudo apt-get install ${missing.join(' ')}), or set CHROMIUM_PATH to a Chromium or Chrome binary. Looked for Chromium at: ${chromiumCandidates().join(', ')}.`,
    );
    process.exit(1);
  }
  aptInstall(missing);
  const stillMissing = missing.filter((pkg) =>
    pkg === 'chromium' ? !findChromium() : !onPath(REQUIRED_COMMANDS[pkg]),
  );
  if (stillMissing.length > 0) {
    console.error(`Installed ${missing.join(', ')} but still cannot find ${stillMissing.join(', ')}.`);
    process.exit(1);
  }
}

console.log(`Test tools ready: Chromium at ${findChromium()}, ${Object.values(REQUIRED_COMMANDS).join(', ')} on PATH.`);
