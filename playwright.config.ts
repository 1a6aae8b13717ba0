import { defineConfig } from '@playwright/test';
import { DEMO_PORT } from './demo/vite.config';

export default defineConfig({
  testDir: 'tests/e2e',
  // Each test starts its own Chromium with the extension; two cores fit one at a time.
  workers: 1,
  timeout: 60_000,
  reporter: process.env.CI ? 'list' : [['list']],
  use: { baseURL: `http://localhost:${DEMO_PORT}` },
  webServer: {
    command: 'vite --config demo/vite.config.ts',
    url: `http://127.0.0.1:${DEMO_PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
