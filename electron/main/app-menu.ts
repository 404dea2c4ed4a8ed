import type { MenuItemConstructorOptions } from 'electron';
import type { HistoryState } from '../../shared/history.js';
import type { MenuCommand } from '../../shared/ipc.js';

export interface MenuActions {
  /** Asks the window to do what its own controls do (undo, views, exports…). */
  send(command: MenuCommand): void;
  /** File › Import…: the native open dialog, in the main process. */
  importFiles(): void;
}

/**
 * The application menu as data, so it is tested without Electron. Edit › Undo and Redo name
 * the action they reverse ("Undo Merge Lise Meitner") and are disabled when there is none.
 */
export function applicationMenuTemplate(
  platform: NodeJS.Platform,
  history: HistoryState | null,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(name),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Prune',
          submenu: [
            command('About Prune', 'about'),
            separator,
            command('Settings…', 'settings', 'CmdOrCtrl+,'),
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: '&File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => actions.importFiles() },
        {
          label: 'Export',
          submenu: [
            command('Contacts as vCard…', 'export-vcard'),
            command('Contacts as CSV…', 'export-csv'),
            command('Mastodon Follows…', 'export-mastodon-following'),
            command('LinkedIn Removal Checklist…', 'export-linkedin-checklist'),
            command('Log as CSV…', 'export-audit-log'),
          ],
        },
        ...(mac
          ? []
          : [separator, command('Settings…', 'settings', 'CmdOrCtrl+,'), separator, { role: 'quit' as const }]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        {
          label: history?.undo ? `Undo ${history.undo.label}` : 'Undo',
          accelerator: 'CmdOrCtrl+Z',
          enabled: Boolean(history?.undo),
          click: () => actions.send('undo'),
        },
        {
          label: history?.redo ? `Redo ${history.redo.label}` : 'Redo',
          accelerator: mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y',
          enabled: Boolean(history?.redo),
          click: () => actions.send('redo'),
        },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        separator,
        command('Select All', 'select-all', 'CmdOrCtrl+A'),
        command('Find', 'find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: '&View',
      submenu: [
        command('Roster', 'view-roster', 'CmdOrCtrl+1'),
        command('Trash', 'view-trash', 'CmdOrCtrl+2'),
        command('Removed', 'view-removed', 'CmdOrCtrl+3'),
        command('LinkedIn Checklist', 'view-checklist', 'CmdOrCtrl+4'),
        command('Log', 'view-log', 'CmdOrCtrl+5'),
        command('Feed', 'view-feed', 'CmdOrCtrl+6'),
        command('Rules', 'view-rules', 'CmdOrCtrl+7'),
        command('Reconnect', 'view-reconnect', 'CmdOrCtrl+8'),
        separator,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      submenu: [
        command('Keyboard Shortcuts', 'shortcuts', 'CmdOrCtrl+/'),
        ...(mac ? [] : [separator, command('About Prune', 'about')]),
      ],
    },
  ];
}
