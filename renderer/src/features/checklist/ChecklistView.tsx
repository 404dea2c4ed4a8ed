import { useMemo, useRef, useState } from 'react';
import { Button } from '../../components/Button.js';
import { EmptyState, LoadingState } from '../../components/EmptyState.js';
import { formatCount } from '../../components/format.js';
import { useStore } from '../../store/index.js';

const matches = (name: string, search: string) =>
  name.toLocaleLowerCase().normalize('NFD').replace(/\p{M}/gu, '').includes(search);

/**
 * Prune cannot remove anyone on LinkedIn; the user does it on each profile. The checklist
 * opens profiles through the safe external-link path and remembers what is done; "Open
 * next" walks through thousands without hunting for the next unticked row.
 */
export function ChecklistView() {
  const items = useStore((s) => s.checklist);
  const loaded = useStore((s) => s.checklistLoaded);
  const mark = useStore((s) => s.markChecklist);
  const [search, setSearch] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const needle = search.trim().toLocaleLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const shown = useMemo(() => (needle ? items.filter((item) => matches(item.name, needle)) : items), [items, needle]);
  const done = items.filter((item) => item.done).length;
  const next = shown.find((item) => !item.done);

  const openNext = () => {
    if (!next) return;
    window.open(next.profileUrl, '_blank', 'noopener,noreferrer');
    const row = list.current?.querySelector<HTMLElement>(`[data-contact-id="${next.contactId}"]`);
    row?.scrollIntoView({ block: 'nearest' });
    row?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
  };

  return (
    <section
      className="side-view"
      data-testid="checklist-view"
      aria-labelledby="checklist-title"
      tabIndex={-1}
      data-focus-home
    >
      <h2 id="checklist-title">LinkedIn removal checklist</h2>
      <p className="muted">
        Open each profile, choose More → Remove connection, then tick it off. LinkedIn does not tell them. Progress is
        saved.
      </p>
      {!loaded ? (
        <LoadingState label="Loading the checklist…" />
      ) : items.length === 0 ? (
        <EmptyState testId="checklist-empty" title="Nobody to remove on LinkedIn">
          People you remove in Prune who have a LinkedIn profile appear here, so you can remove them there too.
        </EmptyState>
      ) : (
        <>
          <div className="side-view-bar">
            <p data-testid="checklist-progress" className="checklist-progress">
              {formatCount(done)} of {formatCount(items.length)} done
            </p>
            <input
              type="search"
              className="text-input"
              aria-label="Search the checklist"
              placeholder="Search names"
              data-testid="checklist-search"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
            <Button variant="primary" data-testid="checklist-open-next" disabled={!next} onClick={openNext}>
              {next ? `Open next: ${next.name}` : 'All done'}
            </Button>
          </div>
          {shown.length === 0 ? (
            <EmptyState testId="checklist-no-match" title={`No one matches “${search}”`} />
          ) : (
            <ul className="checklist" ref={list}>
              {shown.map((item) => (
                <li
                  key={item.contactId}
                  data-testid="checklist-item"
                  data-contact-id={item.contactId}
                  className={item.done ? 'done' : ''}
                >
                  <label>
                    <input
                      type="checkbox"
                      checked={item.done}
                      onChange={(event) => void mark(item.contactId, event.target.checked)}
                    />
                    {item.name}
                  </label>
                  <a href={item.profileUrl} target="_blank" rel="noreferrer noopener" data-testid="checklist-open">
                    Open profile
                  </a>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
