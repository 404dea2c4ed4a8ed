// Shared by `npm start` and `npm run package`: makes sure Electron's binary and a
// better-sqlite3 build for Electron's ABI exist, without touching node_modules' Node build.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(path.join(root, 'package.json'));

export const electronVersion = JSON.parse(
  readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;

/** Electron's postinstall is denied in package.json (allowScripts); run its own installer on demand. */
export function ensureElectronBinary() {
  if (existsSync(path.join(root, 'node_modules/electron/path.txt'))) return;
  console.log(`Downloading Electron ${electronVersion} (first start only)…`);
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  // Its output is kept for the one-line reason npm start prints when the download fails.
  execFileSync(process.execPath, [path.join(root, 'node_modules/electron/install.js')], {
    stdio: ['ignore', 'inherit', 'pipe'],
    env,
  });
}

/**
 * Builds better-sqlite3 for Electron into .cache/electron-native/<version>/ and returns the
 * .node file's path, which the main process passes to better-sqlite3 as `nativeBinding`.
 */
export async function ensureElectronSqlite() {
  const workDir = path.join(root, '.cache/electron-native', electronVersion);
  const moduleDir = path.join(workDir, 'node_modules/better-sqlite3');
  const binding = path.join(moduleDir, 'build/Release/better_sqlite3.node');
  if (existsSync(binding)) return binding;
  mkdirSync(path.dirname(moduleDir), { recursive: true });
  const source = path.dirname(require.resolve('better-sqlite3/package.json'));
  cpSync(source, moduleDir, { recursive: true, filter: (file) => !file.includes(`${path.sep}build${path.sep}`) });
  const version = JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8')).version;
  writeFileSync(
    path.join(workDir, 'package.json'),
    JSON.stringify({ name: 'prune-electron-native', private: true, dependencies: { 'better-sqlite3': version } }),
  );
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (first start only)…`);
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: workDir, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  if (!existsSync(binding)) throw new Error(`The Electron build of better-sqlite3 was not produced at ${binding}`);
  return binding;
}
