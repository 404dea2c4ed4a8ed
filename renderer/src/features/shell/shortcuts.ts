import type { MenuCommand } from '../../../../shared/ipc.js';
import { VIEW_TABS } from './main-views.js';

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
export const MOD = mac ? '⌘' : 'Ctrl';

/** The keyboard map, in one place: the handler and the shortcut sheet both read it. */
export const SHORTCUTS: { keys: string; what: string; command?: MenuCommand }[] = [
  { keys: `${MOD}+F or /`, what: 'Search contacts', command: 'find' },
  { keys: `${MOD}+O`, what: 'Import files…', command: 'import' },
  { keys: `${MOD}+Z`, what: 'Undo', command: 'undo' },
  { keys: `${MOD}+Shift+Z or ${MOD}+Y`, what: 'Redo', command: 'redo' },
  { keys: `${MOD}+A`, what: 'Select all shown', command: 'select-all' },
  { keys: `${MOD}+1 … ${MOD}+${VIEW_TABS.length}`, what: VIEW_TABS.map((tab) => tab.label).join(', ') },
  { keys: `${MOD}+,`, what: 'Settings', command: 'settings' },
  { keys: '?', what: 'This list of shortcuts', command: 'shortcuts' },
  { keys: '↑ ↓, Page Up/Down, Home/End', what: 'Move in the list (Shift extends the selection)' },
  { keys: 'Type a name', what: 'Jump to the next person whose name starts with what you typed' },
  { keys: 'Space', what: 'Add or take the focused person out of the selection' },
  { keys: 'Delete', what: 'Remove the selection (Roster) or restore it (Trash)' },
  { keys: 'Shift+F10 or Menu', what: 'Actions for the focused person' },
  { keys: 'J K, then H (Feed)', what: 'Move between updates; hide, mute, snooze or cap the focused one' },
  { keys: 'Esc', what: 'Clear the search, the selection, or close a dialog' },
];

/** Ctrl/Cmd+1… open the sidebar's views in its order (the View menu's accelerators follow it too). */
const VIEWS = VIEW_TABS.map((tab) => `view-${tab.id}` as MenuCommand);

/** Checkboxes and radios hold no text: Ctrl+Z there is the app's Undo ("Show hidden", settings). */
const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);
const typingIn = (target: EventTarget | null): boolean =>
  (target instanceof HTMLInputElement && !NOT_TEXT.has(target.type)) ||
  target instanceof HTMLTextAreaElement ||
  target instanceof HTMLSelectElement;

/** The command a window-level key press stands for, or null (the focused control keeps it). */
export function commandForKey(event: KeyboardEvent): MenuCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  const typing = typingIn(event.target);
  if (mod && !event.altKey) {
    if (key === 'f') return 'find';
    if (key === 'o') return 'import';
    if (key === ',') return 'settings';
    if (/^[1-9]$/.test(key) && Number(key) <= VIEWS.length) return VIEWS[Number(key) - 1]!;
    if (typing) return null; // text fields keep their own undo and select-all
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y') return 'redo';
    return null;
  }
  if (typing || event.altKey) return null;
  if (event.key === '?') return 'shortcuts';
  if (event.key === '/') return 'find';
  return null;
}
