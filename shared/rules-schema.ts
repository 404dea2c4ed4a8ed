import { z } from 'zod';
import {
  closestName,
  FACT_NAMES,
  FACTS,
  isFactName,
  operandOf,
  OPERATORS,
  SOURCES,
  type FactName,
  type Operator,
} from './rules-facts.js';

/**
 * The rule language as data: `{ name, when, then }`, `when` a tree of all / any / not over
 * facts, `then` one action. Validation names the bad part by its path
 * (`when.all[2].field: unknown fact "conected_on"`), so a hand-written or imported rule is
 * refused with a message its author can act on.
 */

export interface FactCondition {
  field: FactName;
  op: Operator;
  value?: number | string | boolean;
}
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | FactCondition;

export const MAX_DEPTH = 8;
const MAX_CHILDREN = 50;

type Report = (path: (string | number)[], message: string) => void;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (text: string) => DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));

function checkValue(condition: Record<string, unknown>, path: (string | number)[], report: Report): void {
  const field = condition.field as FactName;
  const op = condition.op as Operator;
  const operand = operandOf(FACTS[field].kind, op);
  const value = condition.value;
  const at = [...path, 'value'];
  if (operand === 'none') {
    if (value !== undefined) report(at, `"${op}" takes no value`);
    return;
  }
  if (value === undefined) return report(at, `"${op}" needs a value`);
  if (operand === 'count' && !(Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 100_000))
    report(at, 'must be a whole number from 0 to 100000');
  if (operand === 'decimal' && !(typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 1e9))
    report(at, 'must be a number');
  if (operand === 'date' && !(typeof value === 'string' && validDate(value)))
    report(at, 'must be a date written YYYY-MM-DD');
  if (operand === 'text' && !(typeof value === 'string' && value.length >= 1 && value.length <= 200))
    report(at, 'must be text of 1 to 200 characters');
  if (operand === 'boolean' && typeof value !== 'boolean') report(at, 'must be true or false');
  if (operand === 'source' && !(typeof value === 'string' && (SOURCES as readonly string[]).includes(value)))
    report(at, `must be one of ${SOURCES.join(', ')}`);
}

function checkFact(condition: Record<string, unknown>, path: (string | number)[], report: Report): void {
  for (const key of Object.keys(condition))
    if (key !== 'field' && key !== 'op' && key !== 'value') report([...path, key], `unknown key "${key}"`);
  const { field, op } = condition;
  if (typeof field !== 'string' || !isFactName(field)) {
    const hint = typeof field === 'string' ? closestName(field, FACT_NAMES) : null;
    const shown = typeof field === 'string' ? `unknown fact "${field}"` : 'must name a fact';
    return report([...path, 'field'], hint ? `${shown} (did you mean "${hint}"?)` : shown);
  }
  const allowed: readonly string[] = OPERATORS[FACTS[field].kind];
  if (typeof op !== 'string' || !allowed.includes(op))
    return report(
      [...path, 'op'],
      `${typeof op === 'string' ? `unknown operator "${op}"` : 'must name an operator'} for ${field} (one of ${allowed.join(', ')})`,
    );
  checkValue(condition, path, report);
}

function checkCondition(value: unknown, path: (string | number)[], depth: number, report: Report): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return report(path, 'must be an object with "all", "any", "not" or "field"');
  if (depth > MAX_DEPTH) return report(path, `nests deeper than ${MAX_DEPTH} levels`);
  const record = value as Record<string, unknown>;
  const group = (['all', 'any', 'not'] as const).filter((key) => key in record);
  if (group.length === 0) return checkFact(record, path, report);
  const [key] = group;
  for (const other of Object.keys(record))
    if (other !== key) report([...path, other], `unknown key "${other}" beside "${key}"`);
  if (key === 'not') return checkCondition(record.not, [...path, 'not'], depth + 1, report);
  const children = record[key!];
  if (!Array.isArray(children)) return report([...path, key!], 'must be a list of conditions');
  if (children.length > MAX_CHILDREN) return report([...path, key!], `has more than ${MAX_CHILDREN} conditions`);
  children.forEach((child, index) => checkCondition(child, [...path, key!, index], depth + 1, report));
}

export const ConditionSchema = z
  .unknown()
  .superRefine((value, context) =>
    checkCondition(value, [], 1, (path, message) => context.addIssue({ code: 'custom', path, message })),
  )
  .transform((value) => value as Condition);

export const CAP_PERIODS = ['day', 'week'] as const;
export const ActionSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('remove') }).strict(),
    z.object({ kind: z.literal('flag') }).strict(),
    z.object({ kind: z.literal('tag'), tag: z.string().trim().min(1).max(60) }).strict(),
    z.object({ kind: z.literal('mute') }).strict(),
    z.object({ kind: z.literal('snooze'), days: z.number().int().min(1).max(3650) }).strict(),
    z.object({ kind: z.literal('cap'), max: z.number().int().min(1).max(1000), per: z.enum(CAP_PERIODS) }).strict(),
  ],
  { error: 'unknown action (one of remove, flag, tag, mute, snooze, cap)' },
);
export type RuleAction = z.infer<typeof ActionSchema>;
export type ActionKind = RuleAction['kind'];

export const RuleSchema = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(120),
    when: ConditionSchema,
    then: ActionSchema,
  })
  .strict();
export type Rule = z.infer<typeof RuleSchema>;

/** `when.all[2].field`: the path the way a person reading the JSON finds it. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    '',
  );
}

/** Every problem of a rule, one per line, each named by its path. */
export function ruleProblems(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = formatPath(issue.path);
      const message =
        issue.code === 'unrecognized_keys'
          ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`
          : issue.message;
      return path ? `${path}: ${message}` : message;
    })
    .join('\n');
}

export type ParsedRule = { ok: true; rule: Rule } | { ok: false; message: string };

/** A rule from untrusted JSON (a file, the editor, an import), or the reason it is refused. */
export function parseRule(value: unknown): ParsedRule {
  const parsed = RuleSchema.safeParse(value);
  return parsed.success ? { ok: true, rule: parsed.data } : { ok: false, message: ruleProblems(parsed.error) };
}

/** Every fact condition of a tree, in reading order. */
export function factConditions(condition: Condition): FactCondition[] {
  if ('all' in condition) return condition.all.flatMap(factConditions);
  if ('any' in condition) return condition.any.flatMap(factConditions);
  if ('not' in condition) return factConditions(condition.not);
  return [condition];
}

/** The facts a rule reads, once each, in reading order: what its explanation and fingerprint cover. */
export const factsRead = (condition: Condition): FactName[] => [
  ...new Set(factConditions(condition).map((leaf) => leaf.field)),
];
