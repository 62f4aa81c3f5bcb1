import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/chromium-path.mjs';

// KAP_E2E_PORT and KAP_E2E_DIR let two builds (git worktrees, or `astro build --outDir <dir>`)
// run their browser tests side by side.
const PORT = Number(process.env.KAP_E2E_PORT ?? 4322);
const DIR = process.env.KAP_E2E_DIR ?? 'dist';

/**
 * Browser tests against the built site (`dist/`, made by `astro build` first), served as static
 * files by scripts/serve.mjs exactly as `npm start` serves it. They drive the machine's Chromium
 * (see scripts/chromium-path.mjs); `npm test` makes sure one is installed.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: findChromium(),
      // Root on CI needs --no-sandbox; the rest keep Chromium from calling home on a closed network.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT} --host 127.0.0.1 --dir ${JSON.stringify(DIR)}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
