// `npm start`: fetch Electron and the Electron build of better-sqlite3 on first run, build, launch.
// Where Electron cannot be fetched, or with `npm start -- --web`, the browser host serves the
// same roster instead and opens it in the default browser.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureElectronBinary, ensureElectronSqlite, root } from './electron-native.mjs';
import { startApp } from './start-app.mjs';

const run = (command, args, env = process.env) => {
  const child = spawn(command, args, { stdio: 'inherit', env, cwd: root });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
};

await startApp(process.argv.slice(2), {
  async prepareDesktop() {
    ensureElectronBinary();
    return ensureElectronSqlite();
  },
  startDesktop(binding, args) {
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
    const electronPath = createRequire(path.join(root, 'package.json'))('electron');
    run(electronPath, [root, ...args], { ...process.env, PRUNE_SQLITE_BINDING: binding });
  },
  startWeb(args) {
    if (webBuildIsStale()) execSync('npm run build:renderer && npm run build:bridge', { cwd: root, stdio: 'inherit' });
    run(process.execPath, [
      path.join(root, 'node_modules/tsx/dist/cli.mjs'),
      'electron/web/main.ts',
      '--open',
      ...args,
    ]);
  },
  log: (line) => console.log(line),
  warn: (line) => console.error(line),
});

/** The newest modification time under `entry` (a file or a folder), 0 when it is missing. */
function newest(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

/** A start needs no rebuild when the built page is newer than every source it is built from. */
function webBuildIsStale() {
  const built = ['dist/renderer/index.html', 'dist/web/prune-bridge.js'].map((file) => newest(path.join(root, file)));
  const sources = ['renderer', 'shared', 'electron/web/bridge.ts', 'package-lock.json', 'vite.config.ts'];
  return Math.min(...built) <= Math.max(...sources.map((source) => newest(path.join(root, source))));
}
