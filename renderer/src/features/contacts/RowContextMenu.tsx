import { Menu, type MenuItem } from '../../components/Menu.js';
import { focusFallback } from '../../components/focusable.js';
import { store, useStore } from '../../store/index.js';

export interface ContextMenuAt {
  id: number;
  x: number;
  y: number;
}

/** Right-click (or the Menu key, Shift+F10) on a row: what you can do to that person. */
export function RowContextMenu({ at, onClose }: { at: ContextMenuAt; onClose(): void }) {
  const view = useStore((s) => s.view);
  const row = useStore((s) => s.rowCache.get(at.id));
  const detail = useStore((s) => (s.detail?.id === at.id ? s.detail : null));
  const selected = useStore((s) => s.selectedIds);
  const targets = selected.has(at.id) ? [...selected] : [at.id];
  const many = targets.length > 1 ? ` ${targets.length.toLocaleString()} people` : '';
  const items: MenuItem[] = [];
  if (view === 'roster')
    items.push({
      id: 'remove',
      label: `Remove${many}…`,
      hint: 'Del',
      onSelect: () => void store.getState().requestRemoval(targets),
    });
  if (view !== 'roster')
    items.push({
      id: 'restore',
      label: `Restore${many}`,
      hint: 'Del',
      onSelect: () => void store.getState().restore(targets),
    });
  items.push({
    id: 'reveal',
    label: 'Open LinkedIn profile',
    disabled: !detail?.profileUrl?.startsWith('https://'),
    onSelect: () => window.open(detail!.profileUrl!, '_blank', 'noopener,noreferrer'),
  });
  items.push({
    id: 'copy-email',
    label: 'Copy email address',
    disabled: !row?.primaryEmail,
    onSelect: () => {
      void navigator.clipboard.writeText(row!.primaryEmail!).then(
        () => store.getState().showToast(`Copied ${row!.primaryEmail}`, false),
        () => store.getState().showToast('Could not reach the clipboard.', false),
      );
    },
  });
  const left = Math.min(at.x, window.innerWidth - 240);
  const top = Math.min(at.y, window.innerHeight - 44 * items.length - 16);
  return (
    <Menu
      items={items}
      label="Contact actions"
      testId="row-menu"
      style={{ position: 'fixed', left, top }}
      onClose={(refocus) => {
        onClose();
        if (refocus) setTimeout(focusFallback, 0);
      }}
    />
  );
}
