import { useStore } from '../../store/index.js';
import { CapDialog } from './CapDialog.js';
import { MuteEditDialog } from './MuteEditDialog.js';
import { MuteWordDialog } from './MuteWordDialog.js';

/** The one hide dialog open, if any: from the feed, Who is noisy or Hidden & muted. */
export function HideDialogs() {
  const dialog = useStore((s) => s.hideDialog);
  if (!dialog) return null;
  if (dialog.kind === 'cap') return <CapDialog dialog={dialog} />;
  if (dialog.kind === 'word') return <MuteWordDialog dialog={dialog} />;
  return <MuteEditDialog dialog={dialog} />;
}
