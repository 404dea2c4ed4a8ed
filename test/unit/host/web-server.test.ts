import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Core } from '../../../electron/core/core.js';
import { contentSecurityPolicy } from '../../../shared/content-security-policy.js';
import { startWebHost, type WebHost } from '../../../electron/web/server.js';
import { decodeWire, encodeWire } from '../../../electron/web/wire-codec.js';
import { memoryCore } from '../../helpers/memory-core.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

describe('browser host server', () => {
  const temp = makeTempDir();
  let core: Core;
  let host: WebHost;
  let token = '';

  beforeAll(async () => {
    const staticDir = path.join(temp.dir, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(path.join(staticDir, 'index.html'), '<html><head></head><body>app</body></html>');
    writeFileSync(path.join(temp.dir, 'bridge.js'), 'window.prune = {};');
    core = memoryCore();
    host = await startWebHost({ core, staticDir, bridgeFile: path.join(temp.dir, 'bridge.js') });
    const html = await (await fetch(host.url)).text();
    token = /name="prune-ws-token" content="([0-9a-f]+)"/.exec(html)?.[1] ?? '';
  });
  afterAll(async () => {
    await host.close();
    core.close();
    temp.cleanup();
  });

  it('serves the renderer with the bridge and a per-run token injected before any script', async () => {
    const response = await fetch(host.url);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const port = new URL(host.url).port;
    expect(response.headers.get('content-security-policy')).toBe(
      contentSecurityPolicy({ connectSrc: ["'self'", `ws://127.0.0.1:${port}`, `ws://localhost:${port}`] }),
    );
    expect(await response.text()).toMatch(
      /^<html><head><meta name="prune-ws-token" content="[0-9a-f]{48}"><script src="\.\/prune-bridge\.js">/,
    );
    expect(await (await fetch(new URL('prune-bridge.js', host.url))).text()).toBe('window.prune = {};');
  });

  it('answers 404 to traversal and malformed paths, and keeps serving', async () => {
    expect((await fetch(new URL('%2e%2e/%2e%2e/etc/passwd', host.url))).status).toBe(404);
    expect((await fetch(new URL('%E0%A4%A', host.url))).status).toBe(404);
    expect((await fetch(host.url)).status).toBe(200);
  });

  it('sends its CSP on every response, errors included', async () => {
    const missing = await fetch(new URL('no-such-file.js', host.url));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toMatch(/^default-src 'none'; script-src 'self'/);
  });

  it('refuses other methods and foreign Host headers (DNS rebinding)', async () => {
    expect((await fetch(host.url, { method: 'POST' })).status).toBe(405);
    const port = new URL(host.url).port;
    const rebinding = await new Promise<number>((resolve) => {
      import('node:http').then(({ get }) =>
        get({ host: '127.0.0.1', port, path: '/', headers: { Host: `evil.example:${port}` } }, (res) =>
          resolve(res.statusCode ?? 0),
        ),
      );
    });
    expect(rebinding).toBe(421);
  });

  const connect = (query: string, origin: string) =>
    new Promise<WebSocket | Error>((resolve) => {
      const socket = new WebSocket(`${host.url.replace('http', 'ws')}ipc${query}`, { origin });
      socket.once('open', () => resolve(socket));
      socket.once('error', (error) => resolve(error));
    });

  it('accepts WebSocket calls only from its own page with the token', async () => {
    const origin = host.url.replace(/\/$/, '');
    expect(await connect('?token=wrong', origin)).toBeInstanceOf(Error);
    expect(await connect(`?token=${token}`, 'http://evil.example')).toBeInstanceOf(Error);
    const socket = await connect(`?token=${token}`, origin);
    expect(socket).toBeInstanceOf(WebSocket);
    const reply = await new Promise<unknown>((resolve) => {
      (socket as WebSocket).once('message', (data) => resolve(decodeWire(data.toString())));
      (socket as WebSocket).send(encodeWire({ id: 7, channel: 'rosterDetail', payload: { id: 'x' } }));
    });
    expect(reply).toMatchObject({ id: 7, result: { ok: false, error: { code: 'invalid_input' } } });
    (socket as WebSocket).close();
  });

  it('carries bytes through the wire codec', () => {
    const bytes = new Uint8Array([0, 1, 254, 255]);
    expect(decodeWire(encodeWire({ files: [{ name: 'a', bytes }] }))).toEqual({ files: [{ name: 'a', bytes }] });
  });

  it('sends plain JSON when there are no bytes, and never mistakes a "$bytes" value for them', () => {
    const answer = { id: 1, result: { ok: true, value: { ids: [3, 1, 2], totalInStatus: 3 } } };
    expect(encodeWire(answer)).toBe(JSON.stringify(answer));
    const named = { rows: [{ name: '$bytes' }, { $bytes: 'not base64 of anything', other: 1 }] };
    expect(decodeWire(encodeWire(named))).toEqual(named);
  });
});
