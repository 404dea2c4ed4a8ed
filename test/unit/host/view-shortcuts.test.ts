import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate } from '../../../electron/main/app-menu.js';
import { VIEW_TABS } from '../../../renderer/src/features/shell/main-views.js';
import { commandForKey } from '../../../renderer/src/features/shell/shortcuts.js';

// Node has no DOM: the key handler only asks whether the target is a text control.
for (const name of ['HTMLInputElement', 'HTMLTextAreaElement', 'HTMLSelectElement'])
  vi.stubGlobal(name, function notInNode() {});

const press = (key: string): KeyboardEvent =>
  ({ key, ctrlKey: true, metaKey: false, altKey: false, shiftKey: false, target: null }) as unknown as KeyboardEvent;

describe('view shortcuts', () => {
  it('open the sidebar views in its order, the same as the View menu', () => {
    const actions = { send: vi.fn(), importFiles: vi.fn() };
    const viewMenu = applicationMenuTemplate('linux', null, actions).find((menu) => menu.label === '&View');
    const menuItems = (viewMenu?.submenu as MenuItemConstructorOptions[]).filter((item) => item.accelerator);
    expect(menuItems).toHaveLength(VIEW_TABS.length);
    VIEW_TABS.forEach((tab, index) => {
      const digit = String(index + 1);
      expect(commandForKey(press(digit))).toBe(`view-${tab.id}`);
      expect(menuItems[index]?.accelerator).toBe(`CmdOrCtrl+${digit}`);
      (menuItems[index]?.click as () => void)();
      expect(actions.send).toHaveBeenLastCalledWith(`view-${tab.id}`);
    });
    expect(commandForKey(press(String(VIEW_TABS.length + 1)))).toBeNull();
  });
});
