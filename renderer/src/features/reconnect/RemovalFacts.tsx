import type { ReconnectPlan } from '../../../../shared/reconnect.js';
import { removalLine, restoreEnoughHeadline } from './reconnect-words.js';

/**
 * Where the removal stands on each service. When it was carried out nowhere, this leads the
 * dialog: Restore brings them back and nobody needs a message.
 */
export function RemovalFacts({ plan }: { plan: ReconnectPlan }) {
  if (plan.contactStatus === 'active') return null;
  if (plan.restoreIsEnough)
    return (
      <section className="restore-lead" data-testid="reconnect-restore-lead" aria-labelledby="restore-lead-title">
        <h3 id="restore-lead-title">{restoreEnoughHeadline(plan.removals)}.</h3>
        <p>
          Nothing changed outside Prune, so there is no one to apologize to. Restore puts {plan.name} back in your
          roster with everything Prune kept, and Undo takes it back.
        </p>
      </section>
    );
  return (
    <ul className="plain-list removal-facts" data-testid="reconnect-removals">
      {plan.removals.map((removal) => (
        <li key={removal.service} className={removal.carriedOut === true ? '' : 'muted'}>
          {removalLine(removal)}
        </li>
      ))}
    </ul>
  );
}
