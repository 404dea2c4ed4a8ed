import { windowChannels } from '../../shared/ipc.js';
import { expect, test } from './fixtures.js';

test.describe('browser host bridge', () => {
  test('window.prune has exactly the preload shape and answers through the real core', async ({ page, host }) => {
    await page.goto(host.url);
    const keys = await page.evaluate(() => Object.keys(window.prune).sort());
    expect(keys).toEqual([...windowChannels, 'on'].sort());
    const info = await page.evaluate(() => window.prune.appInfo({}));
    expect(info).toEqual({ ok: true, value: expect.objectContaining({ host: 'web', dataDir: host.dataDir }) });
  });

  test('bad payloads come back as specific errors, not exceptions', async ({ page, host }) => {
    await page.goto(host.url);
    const result = await page.evaluate(() => window.prune.rosterQuery({ sort: 'salary' } as never));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  test('refuses WebSocket connections from another origin or without the token', async ({ page, host }) => {
    await page.goto('about:blank');
    const port = new URL(host.url).port;
    const outcome = await page.evaluate(
      (p) =>
        new Promise<string>((resolve) => {
          const socket = new WebSocket(`ws://127.0.0.1:${p}/ipc?token=guess`);
          socket.onopen = () => resolve('open');
          socket.onerror = () => resolve('refused');
        }),
      port,
    );
    expect(outcome).toBe('refused');
  });
});
