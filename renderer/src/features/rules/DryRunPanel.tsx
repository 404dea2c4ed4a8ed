import type { DryRunResult } from '../../../../shared/rules-domain.js';
import { formatCount } from '../../components/format.js';

/** The live dry run: how many match now and the first 50, each with the facts that made it match. */
export function DryRunPanel({
  dryRun,
  pending,
  problem,
  ruleName,
}: {
  dryRun: DryRunResult | null;
  pending: boolean;
  problem: string | null;
  ruleName: string;
}) {
  const shown = dryRun?.sample ?? [];
  const prefix = `${ruleName}: `;
  return (
    <section className="dry-run" aria-labelledby="dry-run-title" data-testid="dry-run" aria-busy={pending}>
      <div className="dry-run-head">
        <h3 id="dry-run-title">Dry run</h3>
        <p className="dry-run-count" role="status" data-testid="dry-run-count">
          {problem
            ? 'Not runnable yet'
            : dryRun === null
              ? 'Counting…'
              : `${formatCount(dryRun.matches)} ${dryRun.matches === 1 ? 'person matches' : 'people match'}${pending ? ' · updating…' : ''}`}
        </p>
      </div>
      {problem ? (
        <p className="dry-run-problem" data-testid="dry-run-problem">
          {problem.replace(/^This rule is not valid:\n/, '')}
        </p>
      ) : dryRun && dryRun.matches === 0 ? (
        <p className="muted dry-run-none">Nobody matches this rule now. Nothing would be proposed.</p>
      ) : (
        <>
          <ol className="dry-run-list" data-testid="dry-run-list">
            {shown.map((match) => (
              <li key={match.id} data-testid="dry-run-item">
                <span className="dry-run-name">{match.name}</span>
                <span className="dry-run-why">
                  {match.why.startsWith(prefix) ? match.why.slice(prefix.length) : match.why}
                </span>
              </li>
            ))}
          </ol>
          {dryRun && dryRun.matches > shown.length && (
            <p className="muted dry-run-more">
              and {formatCount(dryRun.matches - shown.length)} more. Protected people are never proposed.
            </p>
          )}
        </>
      )}
    </section>
  );
}
