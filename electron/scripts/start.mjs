// `npm start`: fetch Electron and the Electron build of better-sqlite3 on first run, build, launch.
import { execSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureElectronBinary, ensureElectronSqlite, root } from './electron-native.mjs';

ensureElectronBinary();
const binding = await ensureElectronSqlite();
execSync('npm run build', { cwd: root, stdio: 'inherit' });

const electronPath = createRequire(path.join(root, 'package.json'))('electron');
const child = spawn(electronPath, [root, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PRUNE_SQLITE_BINDING: binding },
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
