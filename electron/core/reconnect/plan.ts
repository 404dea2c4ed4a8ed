import { fillSubject, fillTemplate } from '../../../shared/fill-template.js';
import type { ReconnectAttempt, ReconnectPlan, TemplateFields } from '../../../shared/reconnect.js';
import type { ContactStatus } from '../../../shared/domain.js';
import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';
import { contactExists, reconnectAddresses } from './addresses.js';
import { currentAttempt, listAttempts } from './attempt-rows.js';
import { markAttempt, type MarkRequest } from './mark-attempt.js';
import { removalEvidence } from './removal-evidence.js';
import { listTemplates, readSettings } from './templates.js';

/** The address that reaches them on a service. */
const SERVICE_OF_ADDRESS = { profile: 'linkedin', mastodon: 'mastodon', email: null } as const;

interface PersonRow {
  display_name: string;
  first_name: string;
  company: string | null;
  connected_on: string | null;
  status: ContactStatus;
}

function templateFields(db: Db, contactId: number): { person: PersonRow; fields: TemplateFields } {
  const person = prepared(
    db,
    `SELECT c.display_name, c.first_name, c.company, c.connected_on, coalesce(r.status, 'active') AS status
       FROM contacts c LEFT JOIN contact_removals r ON r.contact_id = c.id WHERE c.id = ?`,
  ).get(contactId) as PersonRow;
  return {
    person,
    fields: {
      firstName: person.first_name || null,
      fullName: person.display_name,
      company: person.company,
      connectedOn: person.connected_on,
      myName: readSettings(db).myName,
    },
  };
}

/**
 * How to reach someone again: every known address with the LinkedIn connection's email marked
 * blocked, the best other one suggested (never a blocked one, nor one on a service they are still
 * connected on), the alternates in order, and the default message filled in. For someone out of
 * the roster it says, per service, whether the removal was carried out there; where it was
 * carried out nowhere, Restore is enough and no apology is offered. Works the same for
 * tombstones, which keep their addresses.
 */
export function reconnectPlan(db: Db, contactId: number, now: Date): ReconnectPlan {
  contactExists(db, contactId);
  const addresses = reconnectAddresses(db, contactId);
  const { person, fields } = templateFields(db, contactId);
  const removals = person.status === 'active' ? [] : removalEvidence(db, contactId);
  const stillConnected = new Set(removals.filter((r) => r.carriedOut === false).map((r) => r.service));
  // A service they are still connected on is no way to reconnect: its address goes after the others.
  const untouched = (kind: keyof typeof SERVICE_OF_ADDRESS) => {
    const service = SERVICE_OF_ADDRESS[kind];
    return service !== null && stillConnected.has(service);
  };
  const usable = addresses
    .filter((address) => !address.blocked)
    .sort((a, b) => Number(untouched(a.kind)) - Number(untouched(b.kind)))
    .map((address) => address.value);
  const restoreIsEnough = person.status !== 'active' && removals.every((removal) => removal.carriedOut === false);
  const templates = listTemplates(db);
  // The first template (the shipped apology) only where a removal was carried out; else the next one.
  const template = (restoreIsEnough ? (templates[1] ?? templates[0]) : templates[0]) ?? null;
  return {
    contactId,
    name: person.display_name,
    contactStatus: person.status,
    addresses,
    blocked: addresses.filter((address) => address.blocked).map((address) => address.value),
    suggested: usable[0] ?? null,
    alternates: usable.slice(1),
    fields,
    attempt: currentAttempt(db, contactId, readSettings(db).reminderDays, now),
    removals,
    restoreIsEnough,
    templateId: template?.id ?? null,
    subject: template ? fillSubject(template.subject, fields) : '',
    message: template ? fillTemplate(template.body, fields) : '',
  };
}

export const reconnectList = (db: Db, now: Date): ReconnectAttempt[] =>
  listAttempts(db, readSettings(db).reminderDays, now);

/** Marks a step and answers with the attempt as it is now. */
export function markAndRead(db: Db, request: MarkRequest, now: Date): ReconnectAttempt {
  markAttempt(db, request, now.toISOString());
  return currentAttempt(db, request.contactId, readSettings(db).reminderDays, now)!;
}
