import { describe, expect, it } from 'vitest';
import { parseRule } from '../../../shared/rules-schema.js';
import { ruleSentence } from '../../../shared/rules-sentence.js';
import { STARTER_RULES } from '../../../electron/core/rules/starter-rules.js';

const refusal = (value: unknown): string => {
  const parsed = parseRule(value);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.message;
};

const rule = (when: unknown, then: unknown = { kind: 'flag' }) => ({ name: 'Test', when, then });

describe('the rule language', () => {
  it('names an unknown fact by its path, with the closest known one', () => {
    const when = {
      all: [
        { field: 'sources', op: 'only', value: 'linkedin' },
        { field: 'messages_sent', op: 'eq', value: 0 },
        { field: 'conected_on', op: 'olderThanYears', value: 5 },
      ],
    };
    expect(refusal(rule(when))).toBe('when.all[2].field: unknown fact "conected_on" (did you mean "connected_on"?)');
  });

  it('names a wrong operator, a wrong or missing value, extra keys and a bad action by their paths', () => {
    expect(refusal(rule({ any: [{ not: { field: 'company', op: 'gt', value: 3 } }] }))).toBe(
      'when.any[0].not.op: unknown operator "gt" for company (one of contains, startsWith, matches, isEmpty)',
    );
    expect(refusal(rule({ field: 'connected_on', op: 'before', value: '2015-13-01' }))).toBe(
      'when.value: must be a date written YYYY-MM-DD',
    );
    expect(refusal(rule({ field: 'connected_on', op: 'olderThanYears' }))).toBe(
      'when.value: "olderThanYears" needs a value',
    );
    expect(refusal(rule({ field: 'has_email', op: 'is', value: 'yes' }))).toBe('when.value: must be true or false');
    expect(refusal(rule({ field: 'sources', op: 'only', value: 'myspace' }))).toMatch(
      /^when\.value: must be one of linkedin/,
    );
    expect(refusal(rule({ all: [], also: 1 }))).toBe('when.also: unknown key "also" beside "all"');
    expect(refusal(rule({ field: 'name', op: 'isEmpty', value: 'x' }))).toBe('when.value: "isEmpty" takes no value');
    expect(refusal(rule({ all: 'no' }))).toBe('when.all: must be a list of conditions');
    expect(refusal(rule({ all: [] }, { kind: 'delete' }))).toMatch(/^then(\.kind)?: /);
    expect(refusal({ ...rule({ all: [] }), extra: true })).toBe('unknown key "extra"');
    expect(refusal({ name: ' ', when: { all: [] }, then: { kind: 'flag' } })).toBe('name: must not be empty');
  });

  it('refuses nesting past the limit and non-objects', () => {
    let deep: unknown = { field: 'tags', op: 'any' };
    for (let i = 0; i < 9; i++) deep = { not: deep };
    expect(refusal(rule(deep))).toMatch(/nests deeper than 8 levels$/);
    expect(refusal(rule(42))).toBe('when: must be an object with "all", "any", "not" or "field"');
  });

  it('accepts every starter rule, and reads each as a sentence', () => {
    for (const starter of Object.values(STARTER_RULES)) expect(parseRule(starter).ok).toBe(true);
    expect(ruleSentence(STARTER_RULES['stale-connections']!)).toBe(
      'Propose removing everyone who connected more than 5 years ago, never exchanged a message with you and is only on LinkedIn.',
    );
    expect(ruleSentence(STARTER_RULES['one-way']!)).toBe(
      'Flag for review everyone who left at least 3 messages of yours unanswered.',
    );
    expect(ruleSentence(STARTER_RULES['changed-field']!)).toBe(
      'Flag for review everyone who either changed company in the last 365 days or changed position in the last 365 days.',
    );
  });

  it('makes the noun agree with a count of 1, whatever the comparison', () => {
    expect(ruleSentence(STARTER_RULES['look-alikes']!)).toBe(
      'Flag for review everyone who shares their name with at least 1 other person.',
    );
    expect(ruleSentence(rule({ all: [{ field: 'messages_sent', op: 'gt', value: 1 }] }) as never)).toBe(
      'Flag for review everyone who received more than 1 message from you.',
    );
    expect(ruleSentence(rule({ all: [{ field: 'source_count', op: 'gte', value: 2 }] }) as never)).toBe(
      'Flag for review everyone who is in at least 2 sources.',
    );
  });

  it('brackets nested groups and says not, tags and text tests plainly', () => {
    const sentence = ruleSentence({
      when: {
        all: [
          {
            any: [
              { field: 'company', op: 'contains', value: 'Acme' },
              { field: 'email', op: 'matches', value: '*@acme.*' },
            ],
          },
          { not: { field: 'tags', op: 'includes', value: 'vip' } },
          { field: 'messages_received', op: 'eq', value: 0 },
        ],
      },
      then: { kind: 'tag', tag: 'cold' },
    });
    expect(sentence).toBe(
      'Propose the tag “cold” for everyone who (either has a company containing “Acme” or has an email address matching “*@acme.*”), is not someone who is tagged “vip” and sent you no messages.',
    );
  });
});
