import { useState } from 'react';
import type { NoisyPoster } from '../../../../shared/feed-hide.js';
import { Badge } from '../../components/Badge.js';
import { EmptyState, LoadingState } from '../../components/EmptyState.js';
import { MenuButton } from '../../components/MenuButton.js';
import { store, useStore } from '../../store/index.js';
import { hideMenuItems } from './hide-menu-items.js';
import { Sparkline } from './Sparkline.js';

type SortKey = 'name' | 'perWeek' | 'share';

const COLUMNS: { key: SortKey; label: string; numeric: boolean }[] = [
  { key: 'name', label: 'Person', numeric: false },
  { key: 'perWeek', label: 'Per week', numeric: true },
  { key: 'share', label: 'Share', numeric: true },
];

const perWeekFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const shareFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

function sorted(posters: NoisyPoster[], key: SortKey, descending: boolean): NoisyPoster[] {
  const order = [...posters].sort((a, b) => (key === 'name' ? a.name.localeCompare(b.name) : a[key] - b[key]));
  return descending ? order.reverse() : order;
}

/** Who posts most over the last 4 weeks, with the same hide actions as every update. */
export function NoisyView() {
  const posters = useStore((s) => s.noisy);
  const loaded = useStore((s) => s.noisyLoaded);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'perWeek', descending: true });
  if (!loaded) return <LoadingState label="Counting who posts most…" />;
  if (posters.length === 0) {
    return (
      <EmptyState testId="noisy-empty" title="No one has posted in the last 4 weeks">
        Once your feeds bring updates, the people who post most are listed here with how often and how much of your feed
        they take.
      </EmptyState>
    );
  }
  const toggle = (key: SortKey) =>
    setSort((current) => ({ key, descending: current.key === key ? !current.descending : key !== 'name' }));
  return (
    <div className="feed-page" data-testid="noisy-view">
      <p className="feed-page-lead muted">
        Posters of the last 4 weeks, counted across all their feeds; share is of the whole feed, the line shows each of
        the last 8 weeks. Mutes and caps act on the person.
      </p>
      <table className="plain-table noisy-table">
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.numeric ? 'numeric' : undefined}
                aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              >
                <button type="button" className="sort-button" onClick={() => toggle(column.key)}>
                  {!column.numeric && column.label}
                  <span aria-hidden className="sort-mark">
                    {sort.key === column.key ? (sort.descending ? '↓' : '↑') : ''}
                  </span>
                  {column.numeric && column.label}
                </button>
              </th>
            ))}
            <th scope="col" className="sparkline-cell">
              8 weeks
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted(posters, sort.key, sort.descending).map((poster) => (
            <tr key={poster.contactId} data-testid="noisy-row">
              <th scope="row" className="person-cell">
                {poster.name}
                {poster.muted && <Badge tone="warning">Muted</Badge>}
                {poster.capped && <Badge tone="info">Capped</Badge>}
              </th>
              <td className="numeric">{perWeekFormat.format(poster.perWeek)}</td>
              <td className="numeric">{shareFormat.format(poster.share)}</td>
              <td className="sparkline-cell">
                <Sparkline values={poster.weekly} width={56} />
                <span className="visually-hidden">Weekly updates, oldest first: {poster.weekly.join(', ')}</span>
              </td>
              <td className="actions-cell">
                <NoisyMenu poster={poster} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NoisyMenu({ poster }: { poster: NoisyPoster }) {
  const [open, setOpen] = useState(false);
  return (
    <MenuButton
      label="Hide"
      ariaLabel={`Hide options for ${poster.name}`}
      items={open ? hideMenuItems(store.getState(), { contactId: poster.contactId, name: poster.name }) : []}
      align="end"
      testId="noisy-hide-menu"
      open={open}
      onOpenChange={setOpen}
    />
  );
}
