import os from 'node:os';
import path from 'node:path';

/**
 * Where Electron's app.getPath('userData') puts Prune's data on each platform, so the
 * browser host and the CLI open the same roster as the desktop app by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Prune');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Prune');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Prune');
}
