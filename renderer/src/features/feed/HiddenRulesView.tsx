import type { HideRuleListing } from '../../../../shared/feed-hide.js';
import { Button } from '../../components/Button.js';
import { EmptyState, LoadingState } from '../../components/EmptyState.js';
import { formatCount, formatDay } from '../../components/format.js';
import { store, useStore } from '../../store/index.js';
import type { HideDialog } from '../../store/hide-slice.js';

const KIND_ORDER: Record<HideRuleListing['kind'], number> = { mute: 0, snooze: 1, cap: 2, word: 3, post: 4 };

/** What kind of rule it is, in words; a cap says its own limit (the core's description). */
const KIND_LABELS: Partial<Record<HideRuleListing['kind'], string>> = {
  mute: 'Muted',
  snooze: 'Snoozed',
  word: 'Muted word',
  post: 'Hidden update',
};

/** Whole days from now to `until`, rounded up, for editing a rule that keeps its end. */
const daysUntil = (until: string | null): number | null =>
  until === null ? null : Math.max(1, Math.ceil((new Date(until).getTime() - Date.now()) / 86_400_000));

/** The choice (1, 7 or 30 days) nearest to what is left of a rule's time. */
const nearestChoice = (days: number | null): number | null =>
  days === null ? null : days <= 3 ? 1 : days <= 15 ? 7 : 30;

/** The dialog that edits a rule, or null for a hidden post (nothing to edit: lift it). */
function editDialog(rule: HideRuleListing): HideDialog | null {
  const name = rule.contactName ?? 'this person';
  const days = daysUntil(rule.until);
  if (rule.kind === 'cap' && rule.contactId !== null)
    return {
      kind: 'cap',
      contactId: rule.contactId,
      name,
      per: rule.per ?? 'week',
      max: rule.max ?? 3,
      ruleId: rule.id,
    };
  if (rule.kind === 'word')
    return { kind: 'word', words: [], phrase: rule.phrase ?? '', days: nearestChoice(days), ruleId: rule.id };
  if (rule.kind === 'mute' || rule.kind === 'snooze')
    return { kind: 'mute', ruleId: rule.id, name, days: nearestChoice(days) };
  return null;
}

/** Every mute, snooze, cap, word and hidden update: when it ends, what it hid lately; edit or lift each. */
export function HiddenRulesView() {
  const rules = useStore((s) => s.hideRules);
  const loaded = useStore((s) => s.hideRulesLoaded);
  const liftRule = useStore((s) => s.liftRule);
  if (!loaded) return <LoadingState label="Loading your mutes…" />;
  if (rules.length === 0) {
    return (
      <EmptyState testId="hidden-empty" title="Nothing hidden or muted">
        Hide an update, mute or snooze a person, cap how often they show up or mute a word from any update’s Hide menu
        (or press H on it). Each one is listed here, with what it hid, until you lift it.
      </EmptyState>
    );
  }
  const ordered = [...rules].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <div className="feed-page" data-testid="hidden-view">
      <table className="plain-table">
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Ends</th>
            <th scope="col" className="numeric">
              Hid, last 30 days
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((rule) => {
            const dialog = editDialog(rule);
            const subject =
              rule.kind === 'word' ? `“${rule.phrase}”` : rule.kind === 'post' ? rule.postTitle : rule.contactName;
            return (
              <tr key={rule.id} data-testid="hide-rule">
                <th scope="row">
                  <span className="rule-subject">{subject ?? 'Untitled update'}</span>
                  <span className="rule-kind muted">{KIND_LABELS[rule.kind] ?? rule.description}</span>
                </th>
                <td>{rule.until ? formatDay(rule.until) : 'Until you lift it'}</td>
                <td className="numeric">{formatCount(rule.hiddenLast30Days)}</td>
                <td className="actions-cell">
                  {dialog && (
                    <Button
                      variant="ghost"
                      data-testid="rule-edit"
                      onClick={() => store.getState().openHideDialog(dialog)}
                    >
                      Edit…
                    </Button>
                  )}
                  <Button data-testid="rule-lift" onClick={() => void liftRule(rule.id)}>
                    Lift
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
