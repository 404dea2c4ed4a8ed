import { useShallow } from 'zustand/react/shallow';
import { SourceKind } from '../../../../shared/domain.js';
import { Button } from '../../components/Button.js';
import { DateField } from '../../components/DateField.js';
import { SOURCE_LABELS } from '../../components/SourceBadges.js';
import { formatCount } from '../../components/format.js';
import { useStore } from '../../store/index.js';

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
  const filtered =
    query.sources.length > 0 ||
    query.hasEmail !== null ||
    query.connectedAfter ||
    query.connectedBefore ||
    query.company;
  return (
    <div className="filter-chips" data-testid="filter-chips" role="toolbar" aria-label="Filters">
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
      <span className="chip chip-input">
        <span aria-hidden>Connected after</span>
        <DateField
          label="Connected after"
          testId="filter-connected-after"
          value={query.connectedAfter}
          onChange={(value) => updateQuery({ connectedAfter: value })}
        />
        <span aria-hidden>before</span>
        <DateField
          label="Connected before"
          testId="filter-connected-before"
          value={query.connectedBefore}
          onChange={(value) => updateQuery({ connectedBefore: value })}
        />
      </span>
      <label className="chip chip-input">
        Company
        <select
          data-testid="filter-company"
          value={query.company ?? ''}
          onChange={(event) => updateQuery({ company: event.target.value || null })}
        >
          <option value="">Any</option>
          {facets?.topCompanies.map(({ company, count }) => (
            <option key={company} value={company}>
              {company} ({formatCount(count)})
            </option>
          ))}
        </select>
      </label>
      {filtered && (
        <Button variant="ghost" data-testid="clear-filters" onClick={clearFilters}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
