import { useEffect } from 'react';
import { ErrorBanner } from './components/ErrorBanner.js';
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
import { MergeButton, MergePanel } from './features/merge/MergePanel.js';
import { useStore } from './store/index.js';

function Roster() {
  return (
    <>
      <header className="toolbar">
        <span className="app-name">Prune</span>
        <SearchBox />
        <ShownCount />
        <span className="spacer" />
        <MergeButton />
        <ImportButton>Import…</ImportButton>
      </header>
      <FilterChips />
      <main className="workspace">
        <ContactTable />
        <DetailPane />
      </main>
      <MergePanel />
    </>
  );
}

export function App() {
  const init = useStore((s) => s.init);
  const ready = useStore((s) => s.facets !== null);
  const empty = useStore((s) => s.facets !== null && s.facets.total === 0 && s.query.status === 'active');

  useEffect(() => {
    void init();
  }, [init]);

  return (
    <div className="app" data-testid={ready ? 'app-ready' : 'app-loading'}>
      <ErrorBanner />
      <ImportProgressPanel />
      {ready && (empty ? <FirstRun /> : <Roster />)}
      <ImportSummaryDialog />
      <DropZone />
    </div>
  );
}
