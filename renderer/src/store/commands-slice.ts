import type { MenuCommand } from '../../../shared/ipc.js';
import type { SliceCreator } from './slice.js';
import { VIEW_STATUS, type View } from './view-slice.js';

export type Overlay = 'shortcuts' | 'settings' | 'about';

/** Where the window should move keyboard focus; the counter makes a repeated request new. */
export interface FocusRequest {
  /** `home`: the view's own focus home (a view opened from the keyboard or the menu). */
  target: 'search' | 'list' | 'home';
  serial: number;
}

export interface CommandsSlice {
  overlay: Overlay | null;
  focusRequest: FocusRequest | null;
  openOverlay(overlay: Overlay): void;
  closeOverlay(): void;
  requestFocus(target: FocusRequest['target']): void;
  pickAndImport(): Promise<void>;
  /**
   * The application menu (Electron), keyboard shortcuts and in-page controls all end
   * here or in the same actions, so a command does the same thing wherever it comes from.
   */
  runCommand(command: MenuCommand): void;
}

const EXPORTS = {
  'export-vcard': 'vcard',
  'export-csv': 'csv',
  'export-mastodon-following': 'mastodon-following',
  'export-linkedin-checklist': 'linkedin-checklist',
  'export-audit-log': 'audit-log',
} as const;

export const createCommandsSlice: SliceCreator<CommandsSlice> =
  ({ pickFiles }) =>
  (set, get) => {
    let serial = 0;
    return {
      overlay: null,
      focusRequest: null,
      openOverlay: (overlay) => set({ overlay }),
      closeOverlay: () => set({ overlay: null }),
      requestFocus: (target) => set({ focusRequest: { target, serial: ++serial } }),
      async pickAndImport() {
        const files = await pickFiles();
        if (files.length > 0) await get().importFiles(files);
      },
      runCommand(command) {
        if (command in EXPORTS) {
          void get().runExport(EXPORTS[command as keyof typeof EXPORTS]);
          return;
        }
        if (command.startsWith('view-')) {
          get().setView(command.slice('view-'.length) as View);
          get().requestFocus('home');
          return;
        }
        switch (command) {
          case 'import':
            void get().pickAndImport();
            break;
          case 'undo':
            void get().undo();
            break;
          case 'redo':
            void get().redo();
            break;
          case 'select-all':
            if (VIEW_STATUS[get().view]) get().selectAllShown();
            break;
          case 'find':
            if (!VIEW_STATUS[get().view] && get().view !== 'feed') get().setView('roster');
            get().requestFocus('search');
            break;
          case 'shortcuts':
          case 'settings':
          case 'about':
            get().openOverlay(command);
            break;
        }
      },
    };
  };
