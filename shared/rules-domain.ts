import { z } from 'zod';
import { ActionSchema } from './rules-schema.js';

/** What the rule engine's channels return (issue 12). */

export const RuleListing = z.object({
  id: z.number().int(),
  name: z.string(),
  enabled: z.boolean(),
  /** Ships with Prune: can be edited and disabled, not deleted. */
  starter: z.boolean(),
  /** The rule as JSON ({ name, when, then }); parse it with parseRule. */
  rule: z.unknown(),
  sentence: z.string(),
  /** Proposals of this rule waiting in the Review queue. */
  open: z.number().int(),
});
export type RuleListing = z.infer<typeof RuleListing>;

export const MatchSample = z.object({ id: z.number().int(), name: z.string(), why: z.string() });
export type MatchSample = z.infer<typeof MatchSample>;

export const DryRunResult = z.object({
  matches: z.number().int(),
  sample: z.array(MatchSample),
  sentence: z.string(),
});
export type DryRunResult = z.infer<typeof DryRunResult>;

export const RunSummary = z.object({ rules: z.number().int(), proposals: z.number().int() });
export type RunSummary = z.infer<typeof RunSummary>;

export const ReviewProposal = z.object({
  id: z.number().int(),
  ruleId: z.number().int(),
  ruleName: z.string(),
  contactId: z.number().int(),
  contactName: z.string(),
  /** What tells people with the same name apart on a review row. */
  contactCompany: z.string().nullable(),
  contactPosition: z.string().nullable(),
  action: ActionSchema,
  why: z.string(),
  /** For a rule that reads look-alikes: the others in the roster with this name (else absent). */
  lookAlikeIds: z.array(z.number().int()).optional(),
  /** For a look-alike with one other: their open merge proposal, or null when there is none. */
  mergeProposalId: z.number().int().nullable().optional(),
});
export type ReviewProposal = z.infer<typeof ReviewProposal>;

export const AcceptResult = z.object({
  /** One history entry per kind of action accepted (one for a group). */
  batchIds: z.array(z.number().int()),
  accepted: z.number().int(),
});
export type AcceptResult = z.infer<typeof AcceptResult>;
