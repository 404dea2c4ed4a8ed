import { FACTS, type FactName } from '../../../shared/rules-facts.js';
import type { Condition, FactCondition } from '../../../shared/rules-schema.js';
import { dateTest } from './rule-time.js';
import { asciiLower } from './text-match.js';

/**
 * The reference evaluator: the rule language's meaning in plain TypeScript over one person's
 * facts. The SQL compiler must agree with it on every roster and every rule (the property test
 * in test/unit/rules holds them together); it also decides for a single person without a query.
 */

export type FactValue = string | number | boolean | null | readonly string[];
export type PersonFacts = Record<FactName, FactValue>;

function compareNumber(left: number, op: string, right: number): boolean {
  switch (op) {
    case 'eq':
      return left === right;
    case 'ne':
      return left !== right;
    case 'gt':
      return left > right;
    case 'gte':
      return left >= right;
    case 'lt':
      return left < right;
    default:
      return left <= right;
  }
}

/** `*` any run, `?` one character (a code point, as GLOB reads UTF-8), the rest literal. */
function globRegExp(pattern: string): RegExp {
  const body = [...asciiLower(pattern)]
    .map((char) =>
      char === '*' ? '[\\s\\S]*' : char === '?' ? '[\\s\\S]' : char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${body}$`, 'u');
}

function matchText(text: string | null, op: string, value: string): boolean {
  if (text === null) return false;
  const folded = asciiLower(text);
  if (op === 'contains') return folded.includes(asciiLower(value));
  if (op === 'startsWith') return folded.startsWith(asciiLower(value));
  return globRegExp(value).test(folded);
}

function evaluateFact(leaf: FactCondition, facts: PersonFacts, now: Date): boolean {
  const fact = facts[leaf.field];
  switch (FACTS[leaf.field].kind) {
    case 'date': {
      const test = dateTest(leaf.op, leaf.value, now);
      const date = fact as string | null;
      if ('missing' in test) return date === null;
      if (date === null) return false;
      return 'below' in test ? date < test.below : date >= test.atLeast;
    }
    case 'number':
      return compareNumber(Number(fact ?? 0), leaf.op, leaf.value as number);
    case 'boolean':
      return Boolean(fact) === leaf.value;
    case 'text': {
      const texts = leaf.field === 'email' ? (fact as readonly string[]) : [fact as string | null];
      if (leaf.op === 'isEmpty') return texts.every((text) => !text);
      return texts.some((text) => matchText(text, leaf.op, leaf.value as string));
    }
    case 'source': {
      const sources = fact as readonly string[];
      if (!sources.includes(leaf.value as string)) return false;
      return leaf.op === 'includes' || sources.every((source) => source === leaf.value);
    }
    case 'tag': {
      const tags = fact as readonly string[];
      return leaf.op === 'any'
        ? tags.length > 0
        : tags.some((tag) => asciiLower(tag) === asciiLower(leaf.value as string));
    }
  }
}

export function evaluateCondition(condition: Condition, facts: PersonFacts, now: Date): boolean {
  if ('all' in condition) return condition.all.every((child) => evaluateCondition(child, facts, now));
  if ('any' in condition) return condition.any.some((child) => evaluateCondition(child, facts, now));
  if ('not' in condition) return !evaluateCondition(condition.not, facts, now);
  return evaluateFact(condition, facts, now);
}
