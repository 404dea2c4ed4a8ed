import { z } from 'zod';

/** Hide rules (issue 11): data, never deletions. A rule acts on a post, a person or a word. */

const Id = z.number().int().positive();

export const HideKind = z.enum(['post', 'mute', 'snooze', 'cap', 'word']);
export type HideKind = z.infer<typeof HideKind>;

export const CapPeriod = z.enum(['day', 'week']);
export type CapPeriod = z.infer<typeof CapPeriod>;

/** Days a snooze or a timed word mute lasts; null = forever. */
const Days = z.number().int().min(1).max(3650).nullable().default(null);

/** A muted word or phrase: letters or digits required; matched as whole words, any case or accent. */
export const MutePhrase = z
  .string()
  .trim()
  .min(1, 'a word or phrase is required')
  .max(200)
  .refine((text) => /[\p{L}\p{N}]/u.test(text), 'a muted word needs at least one letter or digit');

/** What a user asks for; `mute` with days is a snooze. */
export const HideRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('post'), postId: Id }).strict(),
  z.object({ kind: z.literal('mute'), contactId: Id, days: Days }).strict(),
  z.object({ kind: z.literal('cap'), contactId: Id, per: CapPeriod, max: z.number().int().min(1).max(1000) }).strict(),
  z.object({ kind: z.literal('word'), phrase: MutePhrase, days: Days }).strict(),
]);
export type HideRequest = z.infer<typeof HideRequest>;
export type HideRequestInput = z.input<typeof HideRequest>;

/** Which rules to lift: one by id, a person's mute/snooze or cap, or a muted word. */
export const HideLiftRequest = z.union([
  z.object({ ruleId: Id }).strict(),
  z.object({ contactId: Id, kind: z.enum(['mute', 'cap']) }).strict(),
  z.object({ phrase: MutePhrase }).strict(),
]);
export type HideLiftRequest = z.infer<typeof HideLiftRequest>;

/** Changes to one active rule; fields that do not apply to its kind are refused. */
export const HideEditRequest = z
  .object({
    ruleId: Id,
    /** Mute/snooze and word: days from now, or null for forever. */
    days: z.number().int().min(1).max(3650).nullable().optional(),
    per: CapPeriod.optional(),
    max: z.number().int().min(1).max(1000).optional(),
    phrase: MutePhrase.optional(),
  })
  .strict();
export type HideEditRequest = z.infer<typeof HideEditRequest>;

/** What a hide action did: one undoable batch, named like the Undo menu names it. */
export const HideActionResult = z.object({
  batchId: z.number().int(),
  /** Rules the action created or changed. */
  ruleIds: z.array(z.number().int()),
  /** "Mute Ada Lovelace", "Cap Ada Lovelace at 3 per week", "Mute word “crypto”". */
  label: z.string(),
});
export type HideActionResult = z.infer<typeof HideActionResult>;

/** Why a post is hidden, for code and for people ("Muted", "Snoozed until 3 Dec", "Over 3 per week", "Word: crypto", "Hidden"). */
export const HiddenReason = z.object({ ruleId: z.number().int(), kind: HideKind, reason: z.string() });
export type HiddenReason = z.infer<typeof HiddenReason>;

/** One rule in the "Hidden & muted" view. */
export const HideRuleListing = z.object({
  id: z.number().int(),
  kind: HideKind,
  contactId: z.number().int().nullable(),
  contactName: z.string().nullable(),
  postId: z.number().int().nullable(),
  postTitle: z.string().nullable(),
  phrase: z.string().nullable(),
  per: CapPeriod.nullable(),
  max: z.number().int().nullable(),
  /** When it ends (ISO); null = forever. */
  until: z.string().nullable(),
  createdAt: z.string(),
  /** Posts published in the last 30 days that it hides. */
  hiddenLast30Days: z.number().int(),
  /** "Muted", "Snoozed until 3 Dec", "At most 3 per week", "Word: crypto", "Hidden update". */
  description: z.string(),
});
export type HideRuleListing = z.infer<typeof HideRuleListing>;

/** A poster in "Who is noisy": the person, across all their feeds. */
export const NoisyPoster = z.object({
  contactId: z.number().int(),
  name: z.string(),
  /** Average updates per week over the last 4 weeks. */
  perWeek: z.number(),
  /** Updates per week, oldest first (8 points): the sparkline. */
  weekly: z.array(z.number().int()),
  /** Share of all updates of the last 4 weeks, 0..1. */
  share: z.number(),
  /** The person's active rules, so the list can show "Muted" or "Capped" beside the actions. */
  muted: z.boolean(),
  capped: z.boolean(),
});
export type NoisyPoster = z.infer<typeof NoisyPoster>;
