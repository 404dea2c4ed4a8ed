import { useEffect } from 'react';
import { ErrorBanner } from './components/ErrorBanner.js';
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
import { ConfirmRemovalDialog } from './features/declutter/ConfirmRemovalDialog.js';
import { ExportMenu, MastodonExportDialog } from './features/declutter/ExportMenu.js';
import { SelectionBar } from './features/declutter/SelectionBar.js';
import { ToastView } from './features/declutter/ToastView.js';
import { ViewTabs } from './features/declutter/ViewTabs.js';
import { AuditLogView } from './features/log/AuditLogView.js';
import { ChecklistView } from './features/checklist/ChecklistView.js';
import { MergeButton, MergePanel } from './features/merge/MergePanel.js';
import { useStore } from './store/index.js';

function Roster() {
  const view = useStore((s) => s.view);
  const listView = view === 'roster' || view === 'trash' || view === 'removed';
  return (
    <>
      <header className="toolbar">
        <span className="app-name">Prune</span>
        <ViewTabs />
        <span className="spacer" />
        <MergeButton />
        <ExportMenu />
        <ImportButton>Import…</ImportButton>
      </header>
      {listView && (
        <div className="list-bar">
          <SearchBox />
          <ShownCount />
          {view !== 'removed' && <SelectionBar />}
        </div>
      )}
      {listView && <FilterChips />}
      <main className="workspace">
        {listView ? <ContactTable /> : view === 'checklist' ? <ChecklistView /> : <AuditLogView />}
        {listView && <DetailPane />}
      </main>
      <MergePanel />
      <ConfirmRemovalDialog />
      <MastodonExportDialog />
      <ToastView />
    </>
  );
}

export function App() {
  const init = useStore((s) => s.init);
  const ready = useStore((s) => s.facets !== null);
  const empty = useStore(
    (s) => s.facets !== null && Object.values(s.facets.statusCounts).every((count) => count === 0),
  );

  useEffect(() => {
    void init();
  }, [init]);

  return (
    <div className="app" data-testid={ready ? 'app-ready' : 'app-loading'}>
      <RosterHealthBanner />
      <ErrorBanner />
      <ImportProgressPanel />
      {ready && (empty ? <FirstRun /> : <Roster />)}
      <ImportSummaryDialog />
      <DropZone />
    </div>
  );
}
