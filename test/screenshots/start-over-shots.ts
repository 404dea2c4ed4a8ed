import type { Page } from '@playwright/test';

/** An invented LinkedIn export for the "replace the sample?" question (it is never imported). */
const CONNECTIONS = Buffer.from(
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
    'Ada,Lovelace,https://www.linkedin.com/in/ada-example,,Engines,Analyst,01 Jan 2020\n',
);

/** The sample banner, the question an import asks while the sample is loaded, the start-over dialog. */
export const START_OVER_SHOTS: { name: string; prepare(page: Page): Promise<void> }[] = [
  {
    name: 'sample-banner',
    async prepare(page) {
      await page.getByTestId('sample-banner').waitFor();
      await page.getByTestId('sample-banner-start-over').focus();
    },
  },
  {
    name: 'sample-import-question',
    async prepare(page) {
      await page
        .getByTestId('import-input')
        .setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: CONNECTIONS });
      await page.getByTestId('sample-import-dialog').waitFor();
    },
  },
  {
    name: 'start-over-dialog',
    async prepare(page) {
      await page.getByTestId('settings-button').click();
      await page.getByTestId('settings-start-over').click();
      await page.getByTestId('start-over-dialog').waitFor();
    },
  },
];
