import electronFuses from '@electron/fuses';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const { flipFuses, getCurrentFuseWire, FuseV1Options, FuseVersion } = electronFuses;

const release = path.resolve(import.meta.dirname, '../../release');

/** Where electron-builder --dir puts the executable on each platform, and the folder that holds the app. */
const CANDIDATES = [
  { folder: 'linux-unpacked', executable: 'prune' },
  { folder: 'linux-arm64-unpacked', executable: 'prune' },
  { folder: 'mac', executable: 'Prune.app/Contents/MacOS/Prune' },
  { folder: 'mac-arm64', executable: 'Prune.app/Contents/MacOS/Prune' },
  { folder: 'win-unpacked', executable: 'Prune.exe' },
];

export interface PackagedApp {
  folder: string;
  executable: string;
}

export function packagedApp(): PackagedApp | null {
  for (const candidate of CANDIDATES) {
    const executable = path.join(release, candidate.folder, candidate.executable);
    if (existsSync(executable)) return { folder: path.join(release, candidate.folder), executable };
  }
  return null;
}

export const readFuses = (executable: string): Promise<Record<number, number>> =>
  getCurrentFuseWire(executable) as Promise<Record<number, number>>;

/**
 * Playwright drives Electron through Node's inspector (`--inspect=0`), which the release fuses
 * switch off. The UI checks therefore run on a copy of the packaged app that differs from the
 * release in that one fuse; the test reads both wires and asserts exactly that.
 */
export async function launchableCopy(app: PackagedApp): Promise<{ root: string; executable: string }> {
  const copyRoot = mkdtempSync(path.join(os.tmpdir(), 'prune-smoke-app-'));
  const folder = path.join(copyRoot, path.basename(app.folder));
  cpSync(app.folder, folder, { recursive: true, verbatimSymlinks: true });
  const executable = path.join(folder, path.relative(app.folder, app.executable));
  await flipFuses(executable, {
    version: FuseVersion.V1,
    [FuseV1Options.EnableNodeCliInspectArguments]: true,
    resetAdHocDarwinSignature: process.platform === 'darwin',
  });
  return { root: copyRoot, executable };
}
