import fc from 'fast-check';
import { FACT_NAMES, FACTS, operandOf, OPERATORS, SOURCES, type FactName } from '../../shared/rules-facts.js';
import type { Condition, FactCondition } from '../../shared/rules-schema.js';
import { DAYS, TEXTS } from './random-roster.js';

/** Random valid conditions over every fact and operator, with values near the random rosters' own. */

const PATTERNS = ['*acme*', 'a?a*', '*[l*', 'zo*', '*', '?', '*.example', 'ada lovelace'] as const;

function valueFor(field: FactName, op: string): fc.Arbitrary<FactCondition['value'] | undefined> {
  const operand = operandOf(FACTS[field].kind, op as never);
  switch (operand) {
    case 'none':
      return fc.constant(undefined);
    case 'count':
      return fc.constantFrom(0, 1, 5, 12, 400, 6000);
    case 'decimal':
      return fc.constantFrom(0, 0.5, 1, 2, 3, 12.5, 25, 50);
    case 'date':
      return fc.constantFrom(...DAYS);
    case 'boolean':
      return fc.boolean();
    case 'source':
      return fc.constantFrom(...SOURCES);
    case 'text':
      return op === 'matches'
        ? fc.constantFrom(...PATTERNS)
        : field === 'tags'
          ? fc.constantFrom('vip', 'Vip', 'old', 'none')
          : fc.constantFrom(...TEXTS.filter((text) => text !== ''), 'Zo', 'ëm', '@acme');
  }
}

export const randomLeaf: fc.Arbitrary<FactCondition> = fc
  .constantFrom(...FACT_NAMES)
  .chain((field) => fc.record({ field: fc.constant(field), op: fc.constantFrom(...OPERATORS[FACTS[field].kind]) }))
  .chain(({ field, op }) =>
    valueFor(field, op).map((value) => (value === undefined ? { field, op } : { field, op, value })),
  );

export const randomCondition: fc.Arbitrary<Condition> = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    randomLeaf,
    fc.record({ all: fc.array(tie('condition'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('condition'), { maxLength: 3 }) }),
    fc.record({ not: tie('condition') }),
  ),
})).condition;
