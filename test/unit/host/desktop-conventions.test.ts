import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MenuCommand } from '../../../shared/ipc.js';
import { applicationMenuTemplate } from '../../../electron/main/app-menu.js';
import { importablePaths, readImportFiles } from '../../../electron/main/opened-files.js';
import { loadWindowState, saveWindowState } from '../../../electron/main/window-state.js';
import { makeTempDir } from '../../helpers/temp-dir.js';

/** Every item of a menu template, depth first. */
function items(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const HISTORY = {
  undo: { batchId: 4, action: 'merge' as const, label: 'Merge Lise Meitner' },
  redo: null,
};

describe('the application menu', () => {
  for (const platform of ['darwin', 'linux', 'win32'] as const) {
    it(`offers every window command with its accelerator on ${platform}`, () => {
      const sent: string[] = [];
      const importFiles = vi.fn();
      const all = items(applicationMenuTemplate(platform, HISTORY, { send: (c) => sent.push(c), importFiles }));
      for (const item of all) (item.click as (() => void) | undefined)?.();
      expect(new Set(sent)).toEqual(new Set(MenuCommand.options.filter((command) => command !== 'import')));
      expect(importFiles).toHaveBeenCalledTimes(1);
      const byLabel = (label: string) => all.find((item) => item.label === label);
      expect(byLabel('Import…')?.accelerator).toBe('CmdOrCtrl+O');
      expect(byLabel('Undo Merge Lise Meitner')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', enabled: true });
      expect(byLabel('Redo')).toMatchObject({ enabled: false });
      expect(byLabel('Roster')?.accelerator).toBe('CmdOrCtrl+1');
      expect(all.some((item) => item.role === 'quit')).toBe(true);
    });
  }

  it('puts About and Settings in the app menu on macOS, in Help and File elsewhere', () => {
    const actions = { send: vi.fn(), importFiles: vi.fn() };
    expect(applicationMenuTemplate('darwin', null, actions)[0]?.label).toBe('Prune');
    expect(applicationMenuTemplate('linux', null, actions)[0]?.label).toBe('&File');
  });
});

describe('window state', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const file = path.join(temp.dir, 'window-state.json');
  const defaults = { width: 1280, height: 820, minWidth: 900, minHeight: 560 };
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

  it('opens where it was, maximized if it was', () => {
    saveWindowState(file, {
      getNormalBounds: () => ({ x: 100, y: 80, width: 1000, height: 700 }),
      isMaximized: () => true,
    });
    expect(loadWindowState(file, screen, defaults)).toEqual({
      x: 100,
      y: 80,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it('never opens off screen or below the minimum size, and survives a damaged file', () => {
    writeFileSync(file, JSON.stringify({ x: 5000, y: 3000, width: 300, height: 200, maximized: false }));
    expect(loadWindowState(file, screen, defaults)).toEqual({ width: 900, height: 560, maximized: false });
    writeFileSync(file, '{not json');
    expect(loadWindowState(file, screen, defaults)).toEqual({ width: 1280, height: 820, maximized: false });
  });
});

describe('files opened with Prune', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('takes importable files from the command line, not flags, folders or other files', async () => {
    mkdirSync(path.join(temp.dir, 'folder.csv'));
    writeFileSync(path.join(temp.dir, 'Connections.csv'), 'First Name,Last Name\nAda,Lovelace\n');
    writeFileSync(path.join(temp.dir, 'notes.pdf'), '%PDF');
    const argv = ['--inspect=0', 'Connections.csv', 'folder.csv', 'notes.pdf', 'missing.vcf'];
    const paths = importablePaths(argv, temp.dir);
    expect(paths).toEqual([path.join(temp.dir, 'Connections.csv')]);
    const [file] = await readImportFiles(paths);
    expect(file?.name).toBe('Connections.csv');
    expect(Buffer.from(file!.bytes).toString()).toBe(readFileSync(paths[0]!, 'utf8'));
  });
});
