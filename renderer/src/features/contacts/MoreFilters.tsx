import { useShallow } from 'zustand/react/shallow';
import { DateField } from '../../components/DateField.js';
import { formatCount } from '../../components/format.js';
import { useStore } from '../../store/index.js';

/**
 * The date range and company filters: chips in the filter row where there is room, labelled
 * rows inside the "More filters" panel where there is not.
 */
export function MoreFilters({ layout }: { layout: 'inline' | 'panel' }) {
  const query = useStore(
    useShallow((s) => ({
      connectedAfter: s.query.connectedAfter,
      connectedBefore: s.query.connectedBefore,
      company: s.query.company,
    })),
  );
  const topCompanies = useStore((s) => s.facets?.topCompanies);
  const updateQuery = useStore((s) => s.updateQuery);
  const after = (
    <DateField
      label="Connected after"
      testId="filter-connected-after"
      value={query.connectedAfter}
      onChange={(value) => updateQuery({ connectedAfter: value })}
    />
  );
  const before = (
    <DateField
      label="Connected before"
      testId="filter-connected-before"
      value={query.connectedBefore}
      onChange={(value) => updateQuery({ connectedBefore: value })}
    />
  );
  const company = (
    <select
      data-testid="filter-company"
      aria-label="Company"
      value={query.company ?? ''}
      onChange={(event) => updateQuery({ company: event.target.value || null })}
    >
      <option value="">Any</option>
      {topCompanies?.map(({ company: name, count }) => (
        <option key={name} value={name}>
          {name} ({formatCount(count)})
        </option>
      ))}
    </select>
  );
  if (layout === 'panel')
    return (
      <div className="more-filters">
        <span aria-hidden>Connected after</span>
        {after}
        <span aria-hidden>Connected before</span>
        {before}
        <span aria-hidden>Company</span>
        {company}
      </div>
    );
  return (
    <>
      <span className="chip chip-input">
        <span aria-hidden>Connected after</span>
        {after}
        <span aria-hidden>before</span>
        {before}
      </span>
      <span className="chip chip-input">
        <span aria-hidden>Company</span>
        {company}
      </span>
    </>
  );
}
