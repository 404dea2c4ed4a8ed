/**
 * The rule engine's figures: `rules100k` (a dry run of every starter rule over 100,000 contacts
 * with 1,000,000 messages and 1,000,000 posts) and `dryRun30k` (one rule re-evaluated as it is
 * edited, over 30,000 contacts: p50 and p95). The roster is written with plain SQL in the real
 * schema (seeded, so every run measures the same network).
 */
import type { Db } from '../../electron/core/db/open-database.js';
import { dryRun } from '../../electron/core/rules/dry-run.js';
import { STARTER_RULES } from '../../electron/core/rules/starter-rules.js';
import { createRandom } from '../../electron/core/sample/random.js';
import type { Rule } from '../../shared/rules-schema.js';
import { median, percentile, round, timed } from './stats.js';

/** Wall-clock and CPU time of `work`: on a shared, loaded machine the CPU figure is the steadier one. */
function measured(work: () => unknown): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const { ms } = timed(work);
  const used = process.cpuUsage(cpu);
  return { wall: ms, cpu: (used.user + used.system) / 1000 };
}

const NOW = new Date('2026-11-01T12:00:00.000Z');
const DAY = 86_400_000;
const FIRST = ['ada', 'grace', 'alan', 'linus', 'margaret', 'tim', 'barbara', 'ken', 'frances', 'dennis'];
const LAST = ['lovelace', 'hopper', 'turing', 'torvalds', 'hamilton', 'berners-lee', 'liskov', 'thompson', 'allen'];
const COMPANIES = ['Acme', 'Initech', 'Globex', 'Umbrella', 'Hooli', 'Stark', null];

const isoDaysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

/** `contacts` people; `messages` interactions and `posts` feed posts spread over them. */
export function fillRulesRoster(db: Db, contacts: number, messages: number, posts: number): void {
  const seeded = createRandom(12);
  const random = () => seeded.next();
  const pick = <T>(items: readonly T[]): T => seeded.pick(items);
  db.transaction(() => {
    const contact = db.prepare(
      `INSERT INTO contacts (id, display_name, sort_name, company, position, connected_on, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const source = db.prepare(
      'INSERT INTO contact_sources (contact_id, source, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)',
    );
    const email = db.prepare('INSERT INTO contact_emails (contact_id, normalized, address, rank) VALUES (?, ?, ?, 0)');
    const change = db.prepare(
      'INSERT INTO field_changes (contact_id, field, previous, current, changed_at) VALUES (?, ?, ?, ?, ?)',
    );
    for (let id = 1; id <= contacts; id++) {
      const name = `${pick(FIRST)} ${pick(LAST)} ${Math.floor(random() * 4000)}`;
      const connected = random() < 0.9 ? isoDaysAgo(Math.floor(random() * 5000)).slice(0, 10) : null;
      contact.run(id, name, name, pick(COMPANIES), 'Engineer', connected, 'x', 'x');
      source.run(id, 'linkedin', 'x', 'x');
      if (random() < 0.3) source.run(id, pick(['vcard', 'google', 'outlook'] as const), 'x', 'x');
      if (random() < 0.4) email.run(id, `p${id}@example.com`, `p${id}@example.com`);
      if (random() < 0.05) change.run(id, 'company', 'Acme', 'Initech', isoDaysAgo(Math.floor(random() * 700)));
    }
    // Messages with a fifth of the people, a few with many; invitations to a few.
    const interaction = db.prepare(
      `INSERT INTO interactions (contact_id, kind, direction, at, folder, conversation_id) VALUES (?, ?, ?, ?, 'INBOX', ?)`,
    );
    // Written in key order, so the unique index grows at its end instead of all over the file.
    const talkers = Math.max(1, Math.floor(contacts / 5));
    const rows: [number, string, string, string, string][] = [];
    for (let n = 0; n < messages; n++) {
      const id = Math.min(contacts, 1 + Math.floor(random() ** 2 * talkers) * 5);
      const kind = n % 50 === 0 ? 'invitation' : 'message';
      rows.push([id, kind, random() < 0.6 ? 'sent' : 'received', isoDaysAgo(random() * 3000), String(n)]);
    }
    rows.sort((a, b) => a[0] - b[0] || (a[3] < b[3] ? -1 : 1));
    for (const row of rows) interaction.run(...row);
    db.exec(`UPDATE contacts SET
      sent_count = (SELECT count(*) FROM interactions i WHERE i.contact_id = contacts.id AND i.kind = 'message' AND i.direction = 'sent'),
      received_count = (SELECT count(*) FROM interactions i WHERE i.contact_id = contacts.id AND i.kind = 'message' AND i.direction = 'received'),
      last_interaction_at = (SELECT max(at) FROM interactions i WHERE i.contact_id = contacts.id)
      WHERE id IN (SELECT DISTINCT contact_id FROM interactions)`);
    // Feeds for a tenth of the people; a few post a lot.
    const feed = db.prepare('INSERT INTO feeds (id, contact_id, url, created_at) VALUES (?, ?, ?, ?)');
    const post = db.prepare(
      'INSERT INTO feed_posts (feed_id, contact_id, dedupe_key, published_at, first_seen_at) VALUES (?, ?, ?, ?, ?)',
    );
    const subscribed = Math.max(1, Math.floor(contacts / 10));
    for (let f = 1; f <= subscribed; f++) feed.run(f, f * 10 - 9, `https://example.com/${f}.xml`, 'x');
    const written: [number, string][] = [];
    for (let n = 0; n < posts; n++)
      written.push([1 + Math.floor(random() ** 3 * subscribed), isoDaysAgo(random() * 400)]);
    written.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
    written.forEach(([f, at], n) => post.run(f, f * 10 - 9, `id:${n}`, at, at));
  })();
  db.exec('ANALYZE');
}

/** Every starter rule's dry run, together, `runs` times: medians of the total (wall and CPU) and of each rule. */
export function benchStarterRules(
  db: Db,
  runs: number,
): { total: number; totalCpu: number; perRule: Record<string, number> } {
  const rules = Object.entries(STARTER_RULES);
  const totals: number[] = [];
  const cpuTotals: number[] = [];
  const perRule: Record<string, number[]> = Object.fromEntries(rules.map(([key]) => [key, []]));
  for (let run = 0; run < runs; run++) {
    let total = 0;
    let cpu = 0;
    for (const [key, rule] of rules) {
      const time = measured(() => dryRun(db, rule, NOW));
      perRule[key]!.push(time.wall);
      total += time.wall;
      cpu += time.cpu;
    }
    totals.push(total);
    cpuTotals.push(cpu);
  }
  return {
    total: round(median(totals)),
    totalCpu: round(median(cpuTotals)),
    perRule: Object.fromEntries(Object.entries(perRule).map(([key, times]) => [key, round(median(times))])),
  };
}

/** The drafts a user passes through while writing one rule: values typed, conditions added, a group nested. */
export function editingSession(): Rule[] {
  const drafts: Rule[] = [];
  const conditions: Rule['when'][] = [];
  for (let years = 1; years <= 8; years++)
    conditions.push({ field: 'connected_on', op: 'olderThanYears', value: years });
  const base = { field: 'connected_on', op: 'olderThanYears', value: 5 } as const;
  for (const text of ['a', 'ac', 'acm', 'acme'])
    conditions.push({ all: [base, { field: 'company', op: 'contains', value: text }] });
  for (const sent of [0, 1, 2, 3])
    conditions.push({
      all: [
        base,
        { field: 'messages_sent', op: 'lte', value: sent },
        { field: 'sources', op: 'only', value: 'linkedin' },
      ],
    });
  for (const unanswered of [1, 2, 3])
    conditions.push({
      all: [
        base,
        {
          any: [
            { field: 'unanswered_messages', op: 'gte', value: unanswered },
            { field: 'has_email', op: 'is', value: false },
          ],
        },
      ],
    });
  for (const weekly of [1, 5, 15])
    conditions.push({
      all: [{ not: { field: 'tags', op: 'any' } }, { field: 'updates_per_week', op: 'gt', value: weekly }],
    });
  for (const when of conditions) drafts.push({ name: 'Draft', when, then: { kind: 'flag' } });
  return drafts;
}

export function benchDryRunWhileEditing(
  db: Db,
  rounds: number,
): { p50: number; p95: number; cpuP50: number; cpuP95: number } {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let pass = 0; pass < rounds; pass++)
    for (const draft of editingSession()) {
      const time = measured(() => dryRun(db, draft, NOW));
      times.push(time.wall);
      cpu.push(time.cpu);
    }
  return {
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    cpuP50: round(percentile(cpu, 50)),
    cpuP95: round(percentile(cpu, 95)),
  };
}

/**
 * What the machine gives right now: every contact's id in name order, the least any rule costs.
 * Recorded beside the rule figures, so a run on a loaded machine can be read for what it is.
 */
export function benchBaselineScan(db: Db, runs: number): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++)
    times.push(timed(() => db.prepare('SELECT id FROM contacts ORDER BY +sort_name, id').pluck().all()).ms);
  return round(median(times));
}
