import type { HiddenReason } from '../../../../shared/feed-hide.js';

/** What "Show again" on a hidden update lifts, said as the action: "Unmute Nour Ito", "End snooze". */
export function liftLabel(hidden: Pick<HiddenReason, 'kind' | 'reason'>, name: string): string {
  switch (hidden.kind) {
    case 'post':
      return 'Show this update again';
    case 'mute':
      return `Unmute ${name}`;
    case 'snooze':
      return `End snooze of ${name}`;
    case 'cap':
      return `Lift cap on ${name}`;
    case 'word':
      return `Unmute word ‘${hidden.reason.replace(/^Word:\s*/, '')}’`;
  }
}
