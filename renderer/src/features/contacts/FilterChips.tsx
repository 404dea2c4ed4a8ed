import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { SourceKind } from '../../../../shared/domain.js';
import { Button } from '../../components/Button.js';
import { PopoverButton } from '../../components/PopoverButton.js';
import { SOURCE_LABELS } from '../../components/SourceBadges.js';
import { formatCount } from '../../components/format.js';
import { useCollapseToFit } from '../../components/use-collapse-to-fit.js';
import { useStore } from '../../store/index.js';
import { MoreFilters } from './MoreFilters.js';

/**
 * The roster's filters on one line. Where the window is too narrow for all of them (900 px,
 * the window's minimum), the date range and company move into a "More filters" panel.
 */
export function FilterChips() {
  const query = useStore(
    useShallow((s) => ({
      sources: s.query.sources,
      hasEmail: s.query.hasEmail,
      connectedAfter: s.query.connectedAfter,
      connectedBefore: s.query.connectedBefore,
      company: s.query.company,
    })),
  );
  const facets = useStore((s) => s.facets);
  const { toggleSource, updateQuery, clearFilters } = useStore(
    useShallow((s) => ({ toggleSource: s.toggleSource, updateQuery: s.updateQuery, clearFilters: s.clearFilters })),
  );
  // Tombstones keep no company and no dates: in Removed those filters could only empty the list
  // (they stay visible there only while one set in another view still applies).
  const removedView = useStore((s) => s.view === 'removed');
  const toolbar = useRef<HTMLDivElement>(null);
  const collapsed = useCollapseToFit(toolbar);
  const moreSet = [query.connectedAfter || query.connectedBefore, query.company].filter(Boolean).length;
  const filtered = query.sources.length > 0 || query.hasEmail !== null || moreSet > 0;
  return (
    <div className="filter-chips" data-testid="filter-chips" role="toolbar" aria-label="Filters" ref={toolbar}>
      {SourceKind.options
        .filter((source) => (facets?.bySource[source] ?? 0) > 0 || query.sources.includes(source))
        .map((source) => (
          <button
            key={source}
            type="button"
            className="chip"
            aria-pressed={query.sources.includes(source)}
            data-testid={`chip-source-${source}`}
            onClick={() => toggleSource(source)}
          >
            {SOURCE_LABELS[source]} <span className="chip-count">{formatCount(facets?.bySource[source] ?? 0)}</span>
          </button>
        ))}
      <button
        type="button"
        className="chip"
        aria-pressed={query.hasEmail === true}
        data-testid="chip-has-email"
        onClick={() => updateQuery({ hasEmail: query.hasEmail === true ? null : true })}
      >
        Has email <span className="chip-count">{formatCount(facets?.withEmail ?? 0)}</span>
      </button>
      {removedView && moreSet === 0 ? null : collapsed ? (
        <PopoverButton
          label={moreSet > 0 ? `More filters · ${moreSet}` : 'More filters'}
          panelLabel="More filters"
          active={moreSet > 0}
          testId="more-filters"
        >
          <MoreFilters layout="panel" />
        </PopoverButton>
      ) : (
        <MoreFilters layout="inline" />
      )}
      {/* Always laid out, only shown when a filter is set: setting one must not push the row into
          "More filters" under the user's cursor. */}
      <Button
        variant="ghost"
        className={filtered ? 'clear-filters' : 'clear-filters placeholder'}
        data-testid={filtered ? 'clear-filters' : undefined}
        aria-hidden={filtered ? undefined : true}
        tabIndex={filtered ? undefined : -1}
        onClick={clearFilters}
        aria-label="Clear filters"
        title="Clear filters"
      >
        Clear
      </Button>
    </div>
  );
}
