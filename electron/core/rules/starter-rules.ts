import type { Rule } from '../../../shared/rules-schema.js';

/** The rules Prune ships, disabled: examples to enable or adapt, keyed so each is added once. */
export const STARTER_RULES: Readonly<Record<string, Rule>> = {
  'stale-connections': {
    name: 'Stale connections',
    when: {
      all: [
        { field: 'connected_on', op: 'olderThanYears', value: 5 },
        { field: 'last_interaction', op: 'unknown' },
        { field: 'sources', op: 'only', value: 'linkedin' },
      ],
    },
    then: { kind: 'remove' },
  },
  'one-way': {
    name: 'One-way conversations',
    when: { all: [{ field: 'unanswered_messages', op: 'gte', value: 3 }] },
    then: { kind: 'flag' },
  },
  'changed-field': {
    name: 'Changed field',
    when: {
      any: [
        { field: 'company_changed', op: 'withinDays', value: 365 },
        { field: 'position_changed', op: 'withinDays', value: 365 },
      ],
    },
    then: { kind: 'flag' },
  },
  'look-alikes': {
    name: 'Look-alikes',
    when: { all: [{ field: 'look_alikes', op: 'gte', value: 1 }] },
    then: { kind: 'flag' },
  },
};
