import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { contentSecurityPolicy } from '../../shared/content-security-policy.js';
import { MAX_IMPORT_BYTES } from '../../shared/ipc.js';
import { fail } from '../../shared/result.js';
import type { Core } from '../core/core.js';
import { dispatch } from '../core/dispatch.js';
import { decodeWire, encodeWire, type RequestFrame, type ServerFrame } from './wire-codec.js';
import { contentTypeOf } from '../../shared/renderer-content-types.js';

export interface WebHostOptions {
  core: Core;
  /** Folder with the built renderer (index.html) and prune-bridge.js. */
  staticDir: string;
  bridgeFile: string;
  port?: number;
}

export interface WebHost {
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * The browser host: the same handler table as the Electron host, served on 127.0.0.1
 * to one origin. Requests must come from the page it served (Host, Origin and a
 * per-run token are checked): the equivalent of Electron's trusted-sender check.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(24).toString('hex');
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  // The desktop CSP plus this run's WebSocket, and nothing on other ports.
  const csp = contentSecurityPolicy({ connectSrc: ["'self'", `ws://127.0.0.1:${port}`, `ws://localhost:${port}`] });

  server.on('request', (request, response) => {
    if (!allowedHosts.has(request.headers.host ?? '') || request.method !== 'GET') {
      response.writeHead(request.method !== 'GET' ? 405 : 421, { 'Content-Security-Policy': csp }).end();
      return;
    }
    void serveStatic(options, token, request.url ?? '/', new Responder(response, csp));
  });

  const sockets = new WebSocketServer({
    server,
    path: '/ipc',
    maxPayload: Math.ceil(MAX_IMPORT_BYTES * 1.4),
    verifyClient: ({ req }: { req: http.IncomingMessage }) => {
      const url = new URL(req.url ?? '', origin);
      return (
        allowedHosts.has(req.headers.host ?? '') &&
        (req.headers.origin === origin || req.headers.origin === `http://localhost:${port}`) &&
        url.searchParams.get('token') === token
      );
    },
  });
  sockets.on('connection', (socket) => serveSocket(options.core, socket));

  return {
    url: `${origin}/`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function serveSocket(core: Core, socket: WebSocket): void {
  const send = (frame: ServerFrame): void => {
    if (socket.readyState === socket.OPEN) socket.send(encodeWire(frame));
  };
  const unsubscribe = core.subscribe((event, payload) => send({ event, payload }));
  socket.on('close', unsubscribe);
  socket.on('message', (data) => {
    let frame: RequestFrame;
    try {
      frame = decodeWire(data.toString()) as RequestFrame;
      if (typeof frame?.id !== 'number' || typeof frame.channel !== 'string') throw new Error('not a request frame');
    } catch {
      socket.close(1003, 'Malformed request');
      return;
    }
    void dispatch(core, frame.channel, frame.payload).then(
      (result) => send({ id: frame.id, result }),
      (error: unknown) => send({ id: frame.id, result: fail('internal', String(error)) }),
    );
  });
}

async function serveStatic(options: WebHostOptions, token: string, rawUrl: string, respond: Responder): Promise<void> {
  try {
    // Inside the try: a malformed escape (/%E0%A4%A) must answer 404, not crash the host.
    const pathname = decodeURIComponent(new URL(rawUrl, 'http://host').pathname);
    if (pathname === '/prune-bridge.js') {
      return respond.send(200, '.js', await readFile(options.bridgeFile));
    }
    const relative = pathname === '/' ? 'index.html' : pathname.slice(1);
    const file = path.resolve(options.staticDir, relative);
    if (!file.startsWith(path.resolve(options.staticDir) + path.sep)) return respond.send(404, '.html', 'Not found');
    if (relative === 'index.html') {
      return respond.send(200, '.html', injectBridge(await readFile(file, 'utf8'), token));
    }
    return respond.send(200, path.extname(file), await readFile(file));
  } catch {
    respond.send(404, '.html', 'Not found');
  }
}

/** The bridge must define window.prune before the renderer's module script runs. */
function injectBridge(html: string, token: string): string {
  const tags = `<meta name="prune-ws-token" content="${token}"><script src="./prune-bridge.js"></script>`;
  return html.replace('<head>', `<head>${tags}`);
}

/** Every response carries the security headers and this run's CSP. */
class Responder {
  constructor(
    private readonly response: http.ServerResponse,
    private readonly csp: string,
  ) {}

  send(status: number, extension: string, body: string | Buffer): void {
    this.response.writeHead(status, {
      ...SECURITY_HEADERS,
      'Content-Security-Policy': this.csp,
      'Content-Type': contentTypeOf(extension),
      'Cache-Control': 'no-store',
    });
    this.response.end(body);
  }
}
