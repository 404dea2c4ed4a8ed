import { createStore as createVanillaStore, type StoreApi } from 'zustand/vanilla';
import { createAppSlice, type AppSlice } from './app-slice.js';
import { createAuditLogSlice, type AuditLogSlice } from './audit-log-slice.js';
import { createChecklistSlice, type ChecklistSlice } from './checklist-slice.js';
import { createCommandsSlice, type CommandsSlice } from './commands-slice.js';
import { createDetailSlice, type DetailSlice } from './detail-slice.js';
import { createExportSlice, type ExportSlice } from './export-slice.js';
import { createFeedRefreshSlice, type FeedRefreshSlice } from './feed-refresh-slice.js';
import { createFeedSlice, type FeedSlice } from './feed-slice.js';
import { createHideRulesSlice, type HideRulesSlice } from './hide-rules-slice.js';
import { createHideSlice, type HideSlice } from './hide-slice.js';
import { createHistorySlice, type HistorySlice } from './history-slice.js';
import { createImportSlice, type ImportSlice } from './import-slice.js';
import { createMergeSlice, type MergeSlice } from './merge-slice.js';
import { createPreferencesSlice, type PreferencesSlice } from './preferences-slice.js';
import { createReconnectSlice, type ReconnectSlice } from './reconnect-slice.js';
import { createRemovalSlice, type RemovalSlice } from './removal-slice.js';
import { createRosterSlice, type RosterSlice } from './roster-slice.js';
import { createRulesSlice, type RulesSlice } from './rules-slice.js';
import { createSelectionSlice, type SelectionSlice } from './selection-slice.js';
import { createSubscriptionsSlice, type SubscriptionsSlice } from './subscriptions-slice.js';
import type { StoreDependencies } from './slice.js';
import { createStartOverSlice, type StartOverSlice } from './start-over-slice.js';
import { createToastSlice, type ToastSlice } from './toast-slice.js';
import { createViewSlice, type ViewSlice } from './view-slice.js';

/** One store from domain slices; components read it through selectors. */
export type Store = AppSlice &
  RosterSlice &
  SelectionSlice &
  DetailSlice &
  ImportSlice &
  MergeSlice &
  ViewSlice &
  RemovalSlice &
  ToastSlice &
  ChecklistSlice &
  AuditLogSlice &
  ExportSlice &
  PreferencesSlice &
  HistorySlice &
  CommandsSlice &
  FeedSlice &
  HideSlice &
  HideRulesSlice &
  SubscriptionsSlice &
  FeedRefreshSlice &
  RulesSlice &
  ReconnectSlice &
  StartOverSlice;

/**
 * The app's store over an injected API: `window.prune` in the app, an in-process core in
 * the store tests. Every slice (and its private bookkeeping) belongs to this one store.
 */
export function createStore(dependencies: StoreDependencies): StoreApi<Store> {
  return createVanillaStore<Store>()((...args) => ({
    ...createAppSlice(dependencies)(...args),
    ...createRosterSlice(dependencies)(...args),
    ...createSelectionSlice(dependencies)(...args),
    ...createDetailSlice(dependencies)(...args),
    ...createImportSlice(dependencies)(...args),
    ...createMergeSlice(dependencies)(...args),
    ...createViewSlice(dependencies)(...args),
    ...createRemovalSlice(dependencies)(...args),
    ...createToastSlice(dependencies)(...args),
    ...createChecklistSlice(dependencies)(...args),
    ...createAuditLogSlice(dependencies)(...args),
    ...createExportSlice(dependencies)(...args),
    ...createPreferencesSlice(dependencies)(...args),
    ...createHistorySlice(dependencies)(...args),
    ...createCommandsSlice(dependencies)(...args),
    ...createFeedSlice(dependencies)(...args),
    ...createHideSlice(dependencies)(...args),
    ...createHideRulesSlice(dependencies)(...args),
    ...createSubscriptionsSlice(dependencies)(...args),
    ...createFeedRefreshSlice(dependencies)(...args),
    ...createRulesSlice(dependencies)(...args),
    ...createReconnectSlice(dependencies)(...args),
    ...createStartOverSlice(dependencies)(...args),
  }));
}
