import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { failing, prepareScanFolder, scan, type Finding } from '../../../electron/scripts/security-scan.js';
import { DESKTOP_CSP } from '../../../shared/content-security-policy.js';

const finding = (severity: string): Finding => ({
  id: 'X',
  severity,
  confidence: 'CERTAIN',
  file: 'f',
  line: 1,
  description: '',
});

describe('npm run security', () => {
  it('fails on medium and high findings only', () => {
    const all = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'].map(finding);
    expect(failing(all).map((f) => f.severity)).toEqual(['MEDIUM', 'HIGH']);
  });

  it('scans electron/ and the page as served, with the CSP the app:// handler sends', () => {
    const folder = prepareScanFolder();
    try {
      expect(existsSync(path.join(folder, 'electron/main/window.ts'))).toBe(true);
      const html = readFileSync(path.join(folder, 'renderer/index.html'), 'utf8');
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${DESKTOP_CSP}" />`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('catches an insecure window, offline', { timeout: 30_000 }, async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'prune-insecure-'));
    mkdirSync(path.join(folder, 'main'));
    writeFileSync(
      path.join(folder, 'main/window.ts'),
      `import { BrowserWindow } from 'electron';
       export const open = () => new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });`,
    );
    try {
      const { findings } = await scan(folder);
      const ids = failing(findings).map((f) => f.id);
      expect(ids).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
