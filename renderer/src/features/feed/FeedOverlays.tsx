import { AddFeedDialog } from './AddFeedDialog.js';
import { HideDialogs } from './HideDialogs.js';
import { OpmlLeftOverDialog } from './OpmlLeftOverDialog.js';

/** The feed's dialogs, each rendered only while open. */
export function FeedOverlays() {
  return (
    <>
      <HideDialogs />
      <AddFeedDialog />
      <OpmlLeftOverDialog />
    </>
  );
}
