import { formatCount } from '../../components/format.js';
import { useStore } from '../../store/index.js';

/**
 * Prune cannot remove anyone on LinkedIn; the user does it on each profile. The checklist
 * opens profiles through the safe external-link path and remembers what is done.
 */
export function ChecklistView() {
  const items = useStore((s) => s.checklist);
  const mark = useStore((s) => s.markChecklist);
  const done = items.filter((item) => item.done).length;
  return (
    <section className="side-view" data-testid="checklist-view" aria-labelledby="checklist-title">
      <h2 id="checklist-title">LinkedIn removal checklist</h2>
      <p className="muted">
        Open each profile, choose More → Remove connection, then tick it off. LinkedIn does not tell them. Progress is
        saved.
      </p>
      <p data-testid="checklist-progress">
        {formatCount(done)} of {formatCount(items.length)} done
      </p>
      {items.length === 0 ? (
        <p className="muted">
          Nobody to remove on LinkedIn: people you remove in Prune who have a LinkedIn profile appear here.
        </p>
      ) : (
        <ul className="checklist">
          {items.map((item) => (
            <li key={item.contactId} data-testid="checklist-item" className={item.done ? 'done' : ''}>
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
    </section>
  );
}
