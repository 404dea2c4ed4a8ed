import { useEffect } from 'react';
import { Button } from './components/Button.js';
import { ErrorBanner } from './components/ErrorBanner.js';
import { ColumnsMenu } from './features/contacts/ColumnsMenu.js';
import { RosterHealthBanner } from './features/backup/RosterHealthBanner.js';
import { ContactTable } from './features/contacts/ContactTable.js';
import { DetailPane } from './features/contacts/DetailPane.js';
import { FilterChips } from './features/contacts/FilterChips.js';
import { SearchBox } from './features/contacts/SearchBox.js';
import { ShownCount } from './features/contacts/ShownCount.js';
import { DropZone } from './features/import/DropZone.js';
import { FirstRun } from './features/import/FirstRun.js';
import { ImportButton } from './features/import/ImportButton.js';
import { ImportProgressPanel } from './features/import/ImportProgressPanel.js';
import { ImportSummaryDialog } from './features/import/ImportSummaryDialog.js';
import { ConfirmDeletionDialog } from './features/declutter/ConfirmDeletionDialog.js';
import { HistoryButtons } from './features/declutter/HistoryButtons.js';
import { ConfirmRemovalDialog } from './features/declutter/ConfirmRemovalDialog.js';
import { ExportMenu, MastodonExportDialog } from './features/declutter/ExportMenu.js';
import { SelectionBar } from './features/declutter/SelectionBar.js';
import { ToastView } from './features/declutter/ToastView.js';
import { ViewTabs } from './features/declutter/ViewTabs.js';
import { viewLabel } from './features/shell/main-views.js';
import { AuditLogView } from './features/log/AuditLogView.js';
import { ChecklistView } from './features/checklist/ChecklistView.js';
import { FeedOverlays } from './features/feed/FeedOverlays.js';
import { FeedView } from './features/feed/FeedView.js';
import { MergeButton, MergePanel } from './features/merge/MergePanel.js';
import { ReconnectDialog } from './features/reconnect/ReconnectDialog.js';
import { ReconnectView } from './features/reconnect/ReconnectView.js';
import { GlobalShortcuts } from './features/shell/GlobalShortcuts.js';
import { Overlays } from './features/shell/Overlays.js';
import { SkipLink } from './features/shell/SkipLink.js';
import { ThemeSync } from './features/shell/ThemeSync.js';
import { ReviewView } from './features/rules/ReviewView.js';
import { RulesSync } from './features/rules/RulesSync.js';
import { RulesView } from './features/rules/RulesView.js';
import { SampleBanner } from './features/start-over/SampleBanner.js';
import { StartOverDialogs } from './features/start-over/StartOverDialogs.js';
import { isListView } from './store/view-slice.js';
import { useStore } from './store/index.js';

function Roster() {
  const view = useStore((s) => s.view);
  const openOverlay = useStore((s) => s.openOverlay);
  const listView = isListView(view);
  return (
    <div className="shell">
      <SkipLink />
      <nav className="sidebar" aria-label="Prune">
        <span className="app-name">Prune</span>
        <ViewTabs />
      </nav>
      <div className="shell-main">
        <header className="toolbar">
          {/* Views below the list views carry their own heading. */}
          {(listView || view === 'feed') && <h1 className="view-title">{viewLabel(view)}</h1>}
          <span className="spacer" />
          <HistoryButtons />
          <MergeButton />
          <ImportButton>Import…</ImportButton>
          <ExportMenu />
          <Button
            variant="ghost"
            className="icon-button"
            aria-label="Keyboard shortcuts"
            title="Keyboard shortcuts (?)"
            onClick={() => openOverlay('shortcuts')}
          >
            ?
          </Button>
          <Button
            variant="ghost"
            className="icon-button"
            aria-label="Settings"
            title="Settings"
            data-testid="settings-button"
            onClick={() => openOverlay('settings')}
          >
            ⚙
          </Button>
        </header>
        <SampleBanner />
        {listView && (
          <div className="list-bar">
            <SearchBox />
            <ShownCount />
            <ColumnsMenu />
            <SelectionBar />
          </div>
        )}
        {listView && <FilterChips />}
        <main
          id="workspace"
          className={`workspace${listView ? '' : view === 'feed' ? ' workspace-feed' : ' workspace-single'}`}
        >
          {listView ? (
            <ContactTable />
          ) : view === 'checklist' ? (
            <ChecklistView />
          ) : view === 'feed' ? (
            <FeedView />
          ) : view === 'rules' ? (
            <RulesView />
          ) : view === 'review' ? (
            <ReviewView />
          ) : view === 'reconnect' ? (
            <ReconnectView />
          ) : (
            <AuditLogView />
          )}
          {listView && <DetailPane />}
        </main>
      </div>
      <MergePanel />
      <ConfirmRemovalDialog />
      <ConfirmDeletionDialog />
      <MastodonExportDialog />
      <FeedOverlays />
      <ReconnectDialog />
    </div>
  );
}

export function App() {
  const init = useStore((s) => s.init);
  // The list paints as soon as its query is answered; facets (counts) may come later.
  const ready = useStore((s) => s.facets !== null || (s.queryLoaded && s.totalInStatus > 0));
  const empty = useStore(
    (s) => s.facets !== null && Object.values(s.facets.statusCounts).every((count) => count === 0),
  );

  useEffect(() => {
    void init();
  }, [init]);

  return (
    <div className="app" data-testid={ready ? 'app-ready' : 'app-loading'}>
      <RosterHealthBanner />
      <ThemeSync />
      <RulesSync />
      <GlobalShortcuts />
      <ErrorBanner />
      <ImportProgressPanel />
      {ready && (empty ? <FirstRun /> : <Roster />)}
      <ImportSummaryDialog />
      <Overlays />
      <StartOverDialogs />
      <ToastView />
      <DropZone />
    </div>
  );
}
