// `npm run package`: an unpacked app in release/ (electron-builder --dir), which the smoke test drives.
// electron-builder rebuilds better-sqlite3 for Electron inside the packaged app itself.
import { execSync } from 'node:child_process';
import { ensureElectronBinary, root } from './electron-native.mjs';

ensureElectronBinary();
execSync('npm run build', { cwd: root, stdio: 'inherit' });
execSync(`npx electron-builder --dir ${process.argv.slice(2).join(' ')}`, { cwd: root, stdio: 'inherit' });
