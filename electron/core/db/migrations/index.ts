import type { Migration } from './migration.js';
import { initialRoster } from './0010-initial-roster.js';
import { removalAndAudit } from './0020-removal-and-audit.js';
import { removalSideTable } from './0030-removal-side-table.js';
import { leanerImportWrites } from './0040-leaner-import-writes.js';
import { weakIdentityKeysBackfill } from './0050-weak-identity-keys.js';
import { undoHistory } from './0060-undo-history.js';
import { followSettings } from './0070-follow-settings.js';
import { updateFeed } from './0080-update-feed.js';
import { rulesEngine } from './0090-rules.js';
import { reconnect } from './0100-reconnect.js';
import { feedGaps } from './0110-feed-gaps.js';
import { shorterReconnectTemplates } from './0140-shorter-reconnect-templates.js';
import { undoableReview } from './0150-undoable-review.js';

/** In order; each runs once, in one transaction. Never edit one that has shipped: add the next. */
export const migrations: readonly Migration[] = [
  initialRoster,
  removalAndAudit,
  removalSideTable,
  leanerImportWrites,
  weakIdentityKeysBackfill,
  undoHistory,
  followSettings,
  updateFeed,
  rulesEngine,
  reconnect,
  feedGaps,
  shorterReconnectTemplates,
  undoableReview,
];
