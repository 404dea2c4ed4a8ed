import { contentSecurityPolicy } from '../../shared/content-security-policy.js';
import { expect, test } from './fixtures.js';

test.describe('content security policy', () => {
  test('comes as a header with only this run’s WebSocket, and the app runs without a violation', async ({
    page,
    host,
  }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(host.url);
    const port = new URL(host.url).port;
    expect(response?.headers()['content-security-policy']).toBe(
      contentSecurityPolicy({ connectSrc: ["'self'", `ws://127.0.0.1:${port}`, `ws://localhost:${port}`] }),
    );
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(0);
    await page.getByTestId('sample-button').click();
    await page.getByTestId('import-summary').getByRole('button', { name: 'Done' }).click();
    await page.getByTestId('contact-row').first().click();
    await expect(page.getByTestId('detail-pane')).toBeVisible();
    expect(violations).toEqual([]);
    // An inline script the page did not ship is refused.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
  });
});
