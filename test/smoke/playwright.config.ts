import { defineConfig } from '@playwright/test';

/** Drives the packaged app (npm run package) through Playwright's Electron support. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/smoke',
  timeout: 120_000,
  workers: 1,
  reporter: [['list']],
});
