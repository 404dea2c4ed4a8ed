import { factsRead, type Rule } from '../../../shared/rules-schema.js';
import { ruleSentence } from '../../../shared/rules-sentence.js';
import type { Db } from '../db/open-database.js';
import { allValues } from '../db/sql.js';
import { matchQuery } from './compile-rule.js';
import { explainMatch } from './explain-match.js';
import { readFacts } from './read-facts.js';

export const DRY_RUN_SAMPLE = 50;

export interface MatchSample {
  id: number;
  name: string;
  why: string;
}

export interface DryRun {
  matches: number;
  sample: MatchSample[];
  sentence: string;
}

/** Who a rule would propose now (protected people never), with why for the first `limit`. Writes nothing. */
export function dryRun(db: Db, rule: Rule, now: Date, limit = DRY_RUN_SAMPLE): DryRun {
  const ids = allValues<number>(db, matchQuery(rule.when, now, { proposable: true }));
  const facts = factsRead(rule.when);
  const sample = readFacts(db, ids.slice(0, limit), facts, now).map((read) => ({
    id: read.id,
    name: read.name,
    why: explainMatch(rule.name, read, facts, now),
  }));
  return { matches: ids.length, sample, sentence: ruleSentence(rule) };
}
