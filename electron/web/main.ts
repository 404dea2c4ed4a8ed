/**
 * `npm run web`: serves the built renderer and the core on http://127.0.0.1 so the whole
 * app runs in any browser (and in Playwright) without Electron.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readAppVersion } from '../core/app-version.js';
import { BACKUPS_DIR } from '../core/backup/backup-files.js';
import { runStartupChecks } from '../core/backup/startup-checks.js';
import { createCore, resolveDataDir } from '../core/core.js';
import { startFeedSchedule } from '../core/feed/feed-schedule.js';
import { defaultDataDir } from '../core/default-data-dir.js';
import { startWebHost } from './server.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5180' },
    'data-dir': { type: 'string' },
    // `npm start` falling back to the browser: open the page in the default browser.
    open: { type: 'boolean', default: false },
  },
});

const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : resolveDataDir(defaultDataDir());
const core = await createCore({
  dataDir,
  host: 'web',
  version: readAppVersion(new URL('../../package.json', import.meta.url)),
});
const host = await startWebHost({
  core,
  staticDir: path.join(root, 'dist/renderer'),
  bridgeFile: path.join(root, 'dist/web/prune-bridge.js'),
  port: Number(values.port),
});
console.log(`Prune (browser host) at ${host.url}`);
if (values.open) openInBrowser(host.url);
console.log(`Serving the roster ${core.databaseFile ?? dataDir} (backups in ${path.join(dataDir, BACKUPS_DIR)})`);
// After the server is up: the page can load while the roster is checked and backed up.
void runStartupChecks(core).then((health) => {
  if (health.status === 'damaged') console.error(`The roster is damaged: ${health.problem}`);
});
// Feeds due now are fetched (Node's fetch), then every minute whatever falls due.
const stopFeedSchedule = startFeedSchedule(core);

/** The default browser, where there is one; otherwise the printed address is enough. */
function openInBrowser(url: string): void {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log(`No desktop session to open a browser in: open ${url} in a browser yourself.`);
    return;
  }
  const [command, ...args] =
    process.platform === 'darwin'
      ? ['open', url]
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '""', url]
        : ['xdg-open', url];
  const child = spawn(command!, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log(`Open ${url} in your browser.`));
  child.unref();
}

const stop = (): void => {
  stopFeedSchedule();
  void host.close().then(() => {
    core.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
