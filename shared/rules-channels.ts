import { z } from 'zod';
import { AcceptResult, DryRunResult, ReviewProposal, RuleListing, RunSummary } from './rules-domain.js';

/** The rule engine's part of the IPC contract (issue 12), spread into `contract` in ipc.ts. */

const Id = z.number().int().positive();
const Ids = z.array(Id).min(1).max(200_000);
const Empty = z.object({}).strict();
/** Rules arrive as plain JSON and are validated by shared/rules-schema.ts, whose messages name the bad part by its path. */
const RuleJson = z.unknown();

export const rulesChannels = {
  rulesList: { input: Empty, output: z.array(RuleListing) },
  /** Adds a rule (id null) or replaces one; a changed rule's open proposals start over. */
  rulesSave: {
    input: z.object({ id: Id.nullable().default(null), rule: RuleJson, enabled: z.boolean().optional() }).strict(),
    output: z.object({ id: z.number().int() }),
  },
  rulesSetEnabled: {
    input: z.object({ id: Id, enabled: z.boolean() }).strict(),
    output: z.object({ enabled: z.boolean() }),
  },
  rulesDelete: { input: z.object({ id: Id }).strict(), output: z.object({ deleted: z.boolean() }) },
  /** Who a stored rule (id) or a rule being edited (rule) matches now, with why; writes nothing. */
  rulesDryRun: {
    input: z
      .object({ id: Id.nullable().default(null), rule: RuleJson.optional() })
      .strict()
      .refine((input) => input.id !== null || input.rule !== undefined, 'name a rule id or give a rule'),
    output: DryRunResult,
  },
  /** Runs the enabled rules (or one) now: proposals land in the Review queue. */
  rulesRun: { input: z.object({ ruleId: Id.nullable().default(null) }).strict(), output: RunSummary },
  rulesExport: { input: Empty, output: z.object({ json: z.string(), count: z.number().int() }) },
  /** Rules from an export: all or nothing; a bad one is named by its path. Imported rules start disabled. */
  rulesImport: {
    input: z.object({ json: z.string().max(5 * 1024 * 1024) }).strict(),
    output: z.object({ ids: z.array(z.number().int()) }),
  },
  reviewList: { input: Empty, output: z.array(ReviewProposal) },
  reviewAccept: { input: z.object({ ids: Ids }).strict(), output: AcceptResult },
  reviewDismiss: {
    input: z.object({ ids: Ids }).strict(),
    output: z.object({ dismissed: z.number().int(), batchId: z.number().int().nullable() }),
  },
  /** Two look-alikes may be one person: a merge proposal for the pair (reopened if dismissed before). */
  reviewProposeMerge: {
    input: z.object({ contactId: Id, otherId: Id }).strict(),
    output: z.object({ id: z.number().int() }),
  },
  /** "Never suggest this person" (or undo that). */
  contactProtect: {
    input: z.object({ contactId: Id, protected: z.boolean() }).strict(),
    output: z.object({ changed: z.boolean() }),
  },
} as const;

export const rulesEvents = {
  /** The Review queue changed (a run, an accept, a dismissal): windows reload it. */
  reviewChanged: z.object({ open: z.number().int() }),
} as const;
