import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { removeContacts, purgeContacts } from '../../electron/core/declutter/removal.js';
import { runImport } from '../../electron/core/import/run-import.js';
import { addAddressByHand } from '../../electron/core/reconnect/addresses.js';
import { markAndRead, reconnectList, reconnectPlan } from '../../electron/core/reconnect/plan.js';
import { saveSettings } from '../../electron/core/reconnect/templates.js';
import { memoryCore } from '../helpers/memory-core.js';
import {
  connectionsAgainFile,
  connectionsFile,
  googleFile,
  invitations,
  vcardFile,
} from '../helpers/reconnect-files.js';

const NOW = '2026-11-01T12:00:00.000Z';
const at = (iso: string) => new Date(iso);

describe('reconnect: addresses and suggestions', () => {
  let core: Core;
  beforeEach(() => {
    core = memoryCore(NOW);
  });
  afterEach(() => core.close());
  const idOf = (name: string) =>
    core.db.prepare('SELECT id FROM contacts WHERE display_name = ?').pluck().get(name) as number;

  it('marks the LinkedIn connection email blocked and orders the others: by hand, vCard, Google, profile, Mastodon', async () => {
    await runImport(core.db, [connectionsFile(), vcardFile(), googleFile()]);
    const mira = idOf('Mira Castell');
    addAddressByHand(core.db, mira, '@mira@social.example');
    addAddressByHand(core.db, mira, 'Mira.C@elsewhere.example');
    const plan = reconnectPlan(core.db, mira, at(NOW));
    expect(plan.blocked).toEqual(['mira@work.example']);
    expect(plan.suggested).toBe('Mira.C@elsewhere.example');
    expect(plan.alternates).toEqual([
      'mira.castell@home.example',
      'mira@studio.example',
      'https://www.linkedin.com/in/mira-castell',
      '@mira@social.example',
    ]);
    expect(plan.addresses.map((a) => [a.kind, a.source, a.blocked])).toEqual([
      ['email', 'manual', false],
      ['email', 'vcard', false],
      ['email', 'google', false],
      ['profile', null, false],
      ['mastodon', null, false],
      ['email', 'linkedin', true],
    ]);
  });

  it('blocks the LinkedIn address even when an address book gave it first', async () => {
    await runImport(core.db, [vcardFile()]);
    await runImport(core.db, [connectionsFile()]);
    const plan = reconnectPlan(core.db, idOf('Mira Castell'), at(NOW));
    expect(plan.blocked).toEqual(['mira@work.example']);
    expect(plan.suggested).toBe('mira.castell@home.example');
    expect(plan.alternates).not.toContain('mira@work.example');
  });

  it('never suggests the refused address: the profile page when nothing else, else nothing and says so', async () => {
    await runImport(core.db, [connectionsFile()]);
    const tomas = reconnectPlan(core.db, idOf('Tomas Reyes'), at(NOW));
    expect(tomas).toMatchObject({
      blocked: ['tomas@linkedin-only.example'],
      suggested: 'https://www.linkedin.com/in/tomas-reyes',
      alternates: [],
    });
    const ines = reconnectPlan(core.db, idOf('Ines Okafor'), at(NOW));
    expect(ines).toMatchObject({ blocked: ['ines@only.example'], suggested: null, alternates: [] });
    addAddressByHand(core.db, idOf('Ines Okafor'), 'ines.okafor@home.example');
    expect(reconnectPlan(core.db, idOf('Ines Okafor'), at(NOW)).suggested).toBe('ines.okafor@home.example');
  });

  it('works for tombstones: a purged person keeps every address', async () => {
    await runImport(core.db, [connectionsFile(), vcardFile()]);
    const mira = idOf('Mira Castell');
    removeContacts(core.db, [mira], 'by mistake', NOW);
    purgeContacts(core.db, [mira], NOW);
    const plan = reconnectPlan(core.db, mira, at(NOW));
    expect(plan.contactStatus).toBe('removed');
    expect(plan.blocked).toEqual(['mira@work.example']);
    expect(plan.suggested).toBe('mira.castell@home.example');
    // The tombstone lost company and connection date: the message says nothing about them rather than "at ,".
    expect(plan.message).not.toMatch(/\{|\}|at ,|\(\)/);
    expect(plan.message).toContain('Hi Mira,');
  });

  it('refuses invalid or duplicate addresses by hand with a clear message and stores nothing', async () => {
    await runImport(core.db, [connectionsFile()]);
    const ines = idOf('Ines Okafor');
    const count = () => core.db.prepare('SELECT count(*) FROM contact_emails WHERE contact_id = ?').pluck().get(ines);
    const before = count();
    expect(() => addAddressByHand(core.db, ines, 'ines at home')).toThrow(
      /not an email address: write it as name@example.com/,
    );
    expect(() => addAddressByHand(core.db, ines, 'ines@home.example?subject=hi')).toThrow(/not an email address/);
    expect(() => addAddressByHand(core.db, ines, 'mailto:ines@home.example')).toThrow(/not an email address/);
    expect(() => addAddressByHand(core.db, ines, '@ines')).toThrow(
      /not a Mastodon handle: write it as @name@server.social/,
    );
    expect(() => addAddressByHand(core.db, ines, 'INES@only.example')).toThrow(/already one of their addresses/);
    expect(() => addAddressByHand(core.db, 9999, 'x@y.example')).toThrow(/No contact with id 9999/);
    expect(count()).toBe(before);
  });

  it('fills the default template with the person and my name, asked once', async () => {
    await runImport(core.db, [connectionsFile()]);
    saveSettings(core.db, { myName: 'Sam Example' });
    const plan = reconnectPlan(core.db, idOf('Mira Castell'), at(NOW));
    expect(plan.subject).toBe('Sorry, I removed you by mistake');
    expect(plan.message).toContain('Hi Mira,');
    expect(plan.message).toContain('(we had been connected since April 2021)');
    expect(plan.message.trimEnd().endsWith('Sam Example')).toBe(true);
  });
});

describe('reconnect: attempts', () => {
  let core: Core;
  let mira: number;
  beforeEach(async () => {
    core = memoryCore(NOW);
    await runImport(core.db, [connectionsFile(), vcardFile()], { now: () => at(NOW) });
    mira = core.db.prepare("SELECT id FROM contacts WHERE display_name = 'Mira Castell'").pluck().get() as number;
    removeContacts(core.db, [mira], null, NOW);
  });
  afterEach(() => core.close());
  const mark = (
    status: 'drafted' | 'sent' | 'withdrawn' | 'accepted' | 'refused',
    when: string,
    via: string | null = null,
    note: string | null = null,
  ) => markAndRead(core.db, { contactId: mira, status, via, note }, at(when));

  it('moves drafted → sent → withdrawn, and holds a new invitation for three weeks', () => {
    expect(mark('drafted', '2026-11-02T10:00:00.000Z')).toMatchObject({ status: 'drafted', via: null });
    expect(mark('sent', '2026-11-03T10:00:00.000Z', 'mira.castell@home.example')).toMatchObject({
      status: 'sent',
      via: 'mira.castell@home.example',
      sentAt: '2026-11-03T10:00:00.000Z',
    });
    expect(mark('withdrawn', '2026-11-10T10:00:00.000Z')).toMatchObject({
      status: 'withdrawn',
      withdrawnAt: '2026-11-10T10:00:00.000Z',
      resendAfter: '2026-12-01T10:00:00.000Z',
    });
    expect(() => mark('sent', '2026-11-30T10:00:00.000Z')).toThrow(
      /won't take a new invitation to Mira Castell before 2026-12-01, three weeks after/,
    );
    expect(mark('sent', '2026-12-01T10:00:00.000Z')).toMatchObject({
      status: 'sent',
      sentAt: '2026-12-01T10:00:00.000Z',
    });
  });

  it('refuses steps that make no sense, with the reason, and changes nothing', () => {
    expect(() => mark('withdrawn', NOW)).toThrow(
      /Cannot mark withdrawn: there is no open attempt to reconnect with Mira Castell \(only a sent invitation can be withdrawn\)/,
    );
    expect(() => mark('refused', NOW)).toThrow(/only a sent invitation can be refused/);
    mark('sent', NOW, 'mira.castell@home.example');
    expect(() => mark('drafted', NOW)).toThrow(/already past the draft/);
    expect(() => mark('sent', NOW)).toThrow(/already sent: add a note/);
    expect(reconnectList(core.db, at(NOW))).toHaveLength(1);
  });

  it('keeps dated notes; a refused attempt closes, and a new one can start', () => {
    mark('sent', '2026-11-02T10:00:00.000Z', 'mira.castell@home.example', 'Asked Lea for her address');
    mark('sent', '2026-11-04T10:00:00.000Z', null, 'She replied: busy, later');
    const refused = mark('refused', '2026-11-05T10:00:00.000Z', null, 'Declined');
    expect(refused).toMatchObject({ status: 'refused', closedAt: '2026-11-05T10:00:00.000Z', remindAt: null });
    expect(refused.notes).toBe(
      '2026-11-02: Asked Lea for her address\n2026-11-04: She replied: busy, later\n2026-11-05: Declined',
    );
    const again = mark('drafted', '2026-11-06T10:00:00.000Z');
    expect(again.id).not.toBe(refused.id);
    expect(reconnectList(core.db, at(NOW)).map((a) => a.status)).toEqual(['drafted', 'refused']);
  });

  it('reminds after N days (a setting) without news; a logged interaction resets it', async () => {
    mark('sent', '2026-11-02T10:00:00.000Z', 'mira.castell@home.example');
    const [fresh] = reconnectList(core.db, at('2026-11-10T10:00:00.000Z'));
    expect(fresh).toMatchObject({ remindAt: '2026-11-16T10:00:00.000Z', reminderDue: false });
    const [due] = reconnectList(core.db, at('2026-11-17T10:00:00.000Z'));
    expect(due!.reminderDue).toBe(true);
    saveSettings(core.db, { reminderDays: 30 });
    expect(reconnectList(core.db, at('2026-11-17T10:00:00.000Z'))[0]!.reminderDue).toBe(false);
    saveSettings(core.db, { reminderDays: 14 });
    // A message from Mira in a later messages.csv is a sign of life.
    const messages = `CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER
c1,,Mira Castell,https://www.linkedin.com/in/mira-castell,Sam Example,https://www.linkedin.com/in/sam-example,2026-11-15 09:00:00 UTC,,Hi!,INBOX
c2,,Sam Example,https://www.linkedin.com/in/sam-example,Tomas Reyes,https://www.linkedin.com/in/tomas-reyes,2026-09-01 09:00:00 UTC,,Hello,INBOX
`;
    await runImport(core.db, [{ name: 'messages.csv', bytes: new TextEncoder().encode(messages) }]);
    expect(reconnectList(core.db, at('2026-11-17T10:00:00.000Z'))[0]).toMatchObject({
      remindAt: '2026-11-29T09:00:00.000Z',
      reminderDue: false,
    });
  });

  it('lists open attempts oldest first, then closed ones', async () => {
    const others = core.db
      .prepare("SELECT id FROM contacts WHERE display_name <> 'Mira Castell' ORDER BY id")
      .pluck()
      .all() as number[];
    markAndRead(
      core.db,
      { contactId: others[1]!, status: 'sent', via: null, note: null },
      at('2026-11-03T00:00:00.000Z'),
    );
    mark('drafted', '2026-11-02T00:00:00.000Z');
    markAndRead(
      core.db,
      { contactId: others[0]!, status: 'accepted', via: null, note: null },
      at('2026-11-04T00:00:00.000Z'),
    );
    expect(reconnectList(core.db, at(NOW)).map((a) => [a.contactId, a.status])).toEqual([
      [mira, 'drafted'],
      [others[1], 'sent'],
      [others[0], 'accepted'],
    ]);
  });

  it('marking accepted by hand brings a tombstone back into the roster with what it kept', () => {
    purgeContacts(core.db, [mira], NOW);
    mark('sent', NOW, 'mira.castell@home.example');
    const accepted = mark('accepted', '2026-11-20T10:00:00.000Z');
    expect(accepted).toMatchObject({
      status: 'accepted',
      contactStatus: 'active',
      closedAt: '2026-11-20T10:00:00.000Z',
    });
    expect(reconnectPlan(core.db, mira, at(NOW)).addresses.map((a) => a.value)).toContain('mira.castell@home.example');
  });
});

describe('reconnect: later exports close the loop', () => {
  let core: Core;
  let mira: number;
  beforeEach(async () => {
    core = memoryCore(NOW);
    await runImport(core.db, [connectionsFile(), vcardFile()], { now: () => at(NOW) });
    mira = core.db.prepare("SELECT id FROM contacts WHERE display_name = 'Mira Castell'").pluck().get() as number;
    removeContacts(core.db, [mira], 'by mistake', NOW);
  });
  afterEach(() => core.close());
  const status = () =>
    core.db
      .prepare("SELECT coalesce((SELECT status FROM contact_removals WHERE contact_id = ?), 'active')")
      .pluck()
      .get(mira);

  it('an outgoing invitation in Invitations.csv after the removal marks the attempt sent, with its date', async () => {
    markAndRead(core.db, { contactId: mira, status: 'drafted', via: null, note: null }, at('2026-11-02T09:00:00.000Z'));
    await runImport(core.db, [
      invitations(
        { to: 'Mira Castell', slug: 'mira-castell', sentAt: '10/1/26, 9:00 AM' }, // before the removal: not this attempt
        { to: 'Mira Castell', slug: 'mira-castell', sentAt: '11/5/26, 2:37 PM' },
      ),
    ]);
    expect(reconnectList(core.db, at(NOW))[0]).toMatchObject({
      status: 'sent',
      sentAt: '2026-11-05T14:37:00.000Z',
      via: 'LinkedIn invitation',
    });
  });

  it('an invitation from before the removal leaves a draft a draft', async () => {
    markAndRead(core.db, { contactId: mira, status: 'drafted', via: null, note: null }, at('2026-11-02T09:00:00.000Z'));
    await runImport(core.db, [invitations({ to: 'Mira Castell', slug: 'mira-castell', sentAt: '10/1/26, 9:00 AM' })]);
    expect(reconnectList(core.db, at(NOW))[0]!.status).toBe('drafted');
  });

  it('a Connections.csv that lists them again marks the attempt accepted and brings them back, not "reappeared"', async () => {
    markAndRead(
      core.db,
      { contactId: mira, status: 'sent', via: 'mira.castell@home.example', note: null },
      at('2026-11-02T09:00:00.000Z'),
    );
    const summary = await runImport(core.db, [connectionsAgainFile()], { now: () => at('2026-11-21T09:00:00.000Z') });
    expect(summary.files[0]).toMatchObject({ reappeared: 0, updated: 1 });
    expect(status()).toBe('active');
    expect(core.db.prepare('SELECT position FROM contacts WHERE id = ?').pluck().get(mira)).toBe('Lead Designer');
    expect(reconnectList(core.db, at(NOW))[0]).toMatchObject({
      status: 'accepted',
      closedAt: '2026-11-21T09:00:00.000Z',
      contactStatus: 'active',
    });
    // Her history stayed: the vCard address is still hers.
    expect(reconnectPlan(core.db, mira, at(NOW)).addresses.map((a) => a.value)).toContain('mira.castell@home.example');
  });

  it('without an attempt, a removed person listed again is only flagged "reappeared", as before', async () => {
    const summary = await runImport(core.db, [connectionsAgainFile()]);
    expect(summary.files[0]).toMatchObject({ reappeared: 1 });
    expect(status()).toBe('trashed');
  });
});
