import { z } from 'zod';

/** Where a contact came from. One contact may carry several. */
export const SourceKind = z.enum(['linkedin', 'vcard', 'google', 'outlook', 'mastodon']);
export type SourceKind = z.infer<typeof SourceKind>;

/** active → trashed (undoable) → removed (tombstone keeping identifiers). */
export const ContactStatus = z.enum(['active', 'trashed', 'removed']);
export type ContactStatus = z.infer<typeof ContactStatus>;

/** Every file format the importer recognizes, detected from content. */
export const ImportFormat = z.enum([
  'linkedin-connections',
  'linkedin-messages',
  'linkedin-invitations',
  'linkedin-zip',
  'vcard',
  'google-csv',
  'outlook-csv',
  'mastodon-following',
  'mastodon-muted',
  'mastodon-blocked',
]);
export type ImportFormat = z.infer<typeof ImportFormat>;

/** A problem tied to a line of an input file (1-based; 0 when not tied to a line). */
export const LineIssue = z.object({
  file: z.string(),
  line: z.number().int().nonnegative(),
  message: z.string(),
});
export type LineIssue = z.infer<typeof LineIssue>;
