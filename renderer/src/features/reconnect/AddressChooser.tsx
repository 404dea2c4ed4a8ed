import type { ReconnectAddress, ReconnectPlan } from '../../../../shared/reconnect.js';
import { Badge } from '../../components/Badge.js';
import { addressKindLabel, stillConnectedOn } from './reconnect-words.js';

/**
 * Every address Prune knows for the person, as one radio group: the suggestion first, the
 * alternates in order, and the LinkedIn connection's email last, marked and not choosable.
 */
export function AddressChooser({
  plan,
  chosen,
  onChoose,
}: {
  plan: ReconnectPlan;
  chosen: string | null;
  onChoose(value: string): void;
}) {
  const row = (address: ReconnectAddress) => {
    const still = stillConnectedOn(address, plan.removals);
    return (
      <li key={`${address.kind}:${address.value}`} className={address.blocked ? 'address-blocked' : ''}>
        <label>
          <input
            type="radio"
            name="reconnect-address"
            value={address.value}
            checked={chosen === address.value}
            disabled={address.blocked}
            onChange={() => onChoose(address.value)}
            data-testid="reconnect-address"
          />
          <span className="address-text">
            <span className="address-value">{address.value}</span>
            <span className="address-kind muted">
              {addressKindLabel(address)}
              {address.value === plan.suggested && <Badge tone="accent">Suggested</Badge>}
              {still && <Badge testId="reconnect-still-connected">{still}</Badge>}
              {address.blocked && (
                <Badge tone="warning" testId="reconnect-blocked">
                  Likely refused for re-invitations
                </Badge>
              )}
            </span>
          </span>
        </label>
      </li>
    );
  };
  return (
    <fieldset className="address-chooser" data-testid="reconnect-addresses">
      <legend>Where to reach them</legend>
      {plan.addresses.length > 0 && <ul className="plain-list address-list">{plan.addresses.map(row)}</ul>}
      {plan.suggested === null && (
        <p className="address-none" data-testid="reconnect-no-address">
          {plan.blocked.length > 0
            ? 'Prune knows only the address of the LinkedIn connection, where a new invitation is likely refused. '
            : 'Prune knows no address for them. '}
          Add one you know below.
        </p>
      )}
      {plan.blocked.length > 0 && plan.suggested !== null && (
        <p className="muted address-why">
          LinkedIn tends to refuse a new invitation at the email you were connected under; another address usually
          works.
        </p>
      )}
    </fieldset>
  );
}
