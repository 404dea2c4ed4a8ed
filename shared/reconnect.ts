import { z } from 'zod';
import { ContactStatus } from './domain.js';

/** Where an email came from: an import's source, typed by hand, or not known (stored before Prune kept it). */
export const AddressSource = z.enum(['linkedin', 'vcard', 'google', 'outlook', 'mastodon', 'manual', 'unknown']);
export type AddressSource = z.infer<typeof AddressSource>;

/** One way to reach a person: an email, their LinkedIn profile page, or a Mastodon handle. */
export const ReconnectAddress = z.object({
  kind: z.enum(['email', 'profile', 'mastodon']),
  /** The address as shown and used: `ada@example.org`, `https://www.linkedin.com/in/ada`, `@ada@example.social`. */
  value: z.string(),
  /** Emails only: where Prune learned the address. */
  source: AddressSource.nullable(),
  /** The email of the LinkedIn connection: a new invitation to it is likely refused. */
  blocked: z.boolean(),
});
export type ReconnectAddress = z.infer<typeof ReconnectAddress>;

export const ReconnectStatus = z.enum(['drafted', 'sent', 'withdrawn', 'accepted', 'refused']);
export type ReconnectStatus = z.infer<typeof ReconnectStatus>;

/** Attempts in these states are still waiting for something; the others are closed. */
export const OPEN_RECONNECT_STATUSES: readonly ReconnectStatus[] = ['drafted', 'sent', 'withdrawn'];

export const ReconnectAttempt = z.object({
  id: z.number().int(),
  contactId: z.number().int(),
  name: z.string(),
  /** Where the person is in the roster now (an accepted attempt brought them back). */
  contactStatus: ContactStatus,
  status: ReconnectStatus,
  via: z.string().nullable(),
  sentAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  /** After a withdrawal: the first moment LinkedIn takes a new invitation to them (three weeks on). */
  resendAfter: z.string().nullable(),
  closedAt: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When an open attempt deserves a gentle reminder: N days after the last sign of life (null once closed). */
  remindAt: z.string().nullable(),
  reminderDue: z.boolean(),
});
export type ReconnectAttempt = z.infer<typeof ReconnectAttempt>;

/** What a template can say about the person and about you. */
export const TemplateFields = z.object({
  firstName: z.string().nullable(),
  fullName: z.string().nullable(),
  company: z.string().nullable(),
  /** ISO date `YYYY-MM-DD`. */
  connectedOn: z.string().nullable(),
  myName: z.string().nullable(),
});
export type TemplateFields = z.infer<typeof TemplateFields>;

export const ReconnectTemplate = z.object({
  id: z.number().int(),
  name: z.string(),
  subject: z.string(),
  body: z.string(),
});
export type ReconnectTemplate = z.infer<typeof ReconnectTemplate>;

export const ReconnectSettings = z.object({
  /** Your name, for {myName}; asked once. */
  myName: z.string().nullable(),
  /** Days without news before an open attempt shows a reminder. */
  reminderDays: z.number().int().min(1).max(365),
});
export type ReconnectSettings = z.infer<typeof ReconnectSettings>;

/** A service Prune can only ask you to remove someone on: LinkedIn (the checklist) or Mastodon (the follows export). */
export const RemovalService = z.enum(['linkedin', 'mastodon']);
export type RemovalService = z.infer<typeof RemovalService>;

/** Whether removing someone in Prune was also carried out where they are connected to you. */
export const ServiceRemoval = z.object({
  service: RemovalService,
  /** Null when Prune cannot tell: a LinkedIn connection without a profile page is not on the checklist. */
  carriedOut: z.boolean().nullable(),
  /** What says so: the ticked checklist item, or an export from the service taken after the removal that leaves them out. */
  evidence: z.enum(['checklist', 'later-export']).nullable(),
  /** When that happened (the tick, or the export's import). */
  at: z.string().nullable(),
});
export type ServiceRemoval = z.infer<typeof ServiceRemoval>;

export const ReconnectPlan = z.object({
  contactId: z.number().int(),
  name: z.string(),
  contactStatus: ContactStatus,
  /** Every known address: the suggestion, then the alternates in order, then the blocked ones. */
  addresses: z.array(ReconnectAddress),
  blocked: z.array(z.string()),
  /** The best address to try, or null when none but the blocked ones is known. */
  suggested: z.string().nullable(),
  alternates: z.array(z.string()),
  fields: TemplateFields,
  /** The open attempt, else the latest closed one, else null. */
  attempt: ReconnectAttempt.nullable(),
  /** Out of the roster only: per service they were connected on, whether the removal happened there. */
  removals: z.array(ServiceRemoval),
  /** Out of the roster and removed nowhere else: Restore is all it takes, and the dialog leads with it. */
  restoreIsEnough: z.boolean(),
  /** The template the composer starts with: an apology only where a removal was carried out. */
  templateId: z.number().int().nullable(),
  /** The default template, filled in. */
  subject: z.string(),
  message: z.string(),
});
export type ReconnectPlan = z.infer<typeof ReconnectPlan>;

const Text = (max: number) => z.string().trim().max(max);

export const ReconnectMarkInput = z
  .object({
    contactId: z.number().int().positive(),
    status: ReconnectStatus,
    via: Text(500).min(1).nullable().default(null),
    note: Text(2000).min(1).nullable().default(null),
  })
  .strict();

export const TemplateSaveInput = z
  .object({
    id: z.number().int().positive().nullable().default(null),
    name: Text(120).min(1, 'A template needs a name.'),
    subject: Text(300),
    body: z
      .string()
      .max(10_000)
      .refine((body) => body.trim() !== '', 'A template needs some text.'),
  })
  .strict();

export const SettingsSaveInput = z
  .object({
    myName: Text(200).nullable().optional(),
    reminderDays: z.number().int().min(1).max(365).optional(),
  })
  .strict();
