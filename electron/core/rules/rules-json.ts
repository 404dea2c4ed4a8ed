import { formatPath, parseRule, type Rule } from '../../../shared/rules-schema.js';
import { CoreError } from '../../../shared/result.js';
import type { StoredRule } from './rule-store.js';

/**
 * Rules as a JSON file: `{ "prune": "rules", "version": 1, "rules": [{ "enabled", "rule" }] }`.
 * Importing takes such a file, a list of rules, or one rule; it is all or nothing, and a bad part
 * is named by its path (`rules[2].when.all[0].field: unknown fact "conected_on"`).
 */

export const exportRulesJson = (rules: readonly StoredRule[]): string =>
  `${JSON.stringify(
    { prune: 'rules', version: 1, rules: rules.map(({ enabled, rule }) => ({ enabled, rule })) },
    null,
    2,
  )}\n`;

/** A rule from untrusted JSON, or a CoreError whose message names every bad part. */
export function ruleOrRefusal(value: unknown, prefix = ''): Rule {
  const parsed = parseRule(value);
  if (parsed.ok) return parsed.rule;
  const lines = parsed.message.split('\n').map((line) => (prefix ? `${prefix}.${line}` : line));
  throw new CoreError('invalid_input', `This rule is not valid:\n${lines.join('\n')}`);
}

export function parseRulesJson(text: string): Rule[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CoreError('invalid_input', `Not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'when' in value)
    return [ruleOrRefusal(value)];
  const list = Array.isArray(value) ? value : (value as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(list))
    throw new CoreError('invalid_input', 'Expected a rules export, a list of rules or one rule.');
  const problems: string[] = [];
  const rules: Rule[] = [];
  list.forEach((entry: unknown, index) => {
    const wrapped = typeof entry === 'object' && entry !== null && 'rule' in entry;
    const path = formatPath(Array.isArray(value) ? [index] : ['rules', index]);
    const parsed = parseRule(wrapped ? (entry as { rule: unknown }).rule : entry);
    if (parsed.ok) rules.push(parsed.rule);
    else problems.push(...parsed.message.split('\n').map((line) => `${path}${wrapped ? '.rule' : ''}.${line}`));
  });
  if (problems.length) throw new CoreError('invalid_input', `Nothing was imported:\n${problems.join('\n')}`);
  return rules;
}
