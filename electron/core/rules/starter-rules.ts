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
    name: 'Changed jobs',
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
  'noisy-posters': {
    name: 'Noisy posters',
    when: { all: [{ field: 'updates_per_week', op: 'gt', value: 15 }] },
    then: { kind: 'cap', max: 3, per: 'week' },
  },
  'gone-quiet': {
    name: 'Gone quiet',
    when: {
      all: [
        { field: 'subscribed', op: 'is', value: true },
        {
          any: [
            { field: 'last_post', op: 'olderThanDays', value: 180 },
            { field: 'last_post', op: 'unknown' },
          ],
        },
      ],
    },
    then: { kind: 'flag' },
  },
};
