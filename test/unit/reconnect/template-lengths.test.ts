import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open-database.js';
import { listTemplates } from '../../../electron/core/reconnect/templates.js';
import { COMPANIES, FIRST_NAMES, LAST_NAMES, MASTODON_HOSTS } from '../../../electron/core/sample/name-pools.js';
import { fillSubject, fillTemplate } from '../../../shared/fill-template.js';
import { CHANNEL_LIMITS } from '../../../shared/reconnect-channels.js';

const longest = (pool: readonly string[]) => [...pool].sort((a, b) => b.length - a.length)[0]!;
const first = longest(FIRST_NAMES);
const last = longest(LAST_NAMES);
/** Longer than any company in the pool, and real-sounding. */
const LONG_COMPANY = 'Vereinigte Versicherungsgesellschaft Nordrhein-Westfalen AG';

const LONGEST = {
  firstName: first,
  fullName: `${first} ${last}`,
  company: [LONG_COMPANY, ...COMPANIES].sort((a, b) => b.length - a.length)[0]!,
  connectedOn: '2021-09-30', // "September 2021", the longest month
  myName: `${first} ${last}`,
};
const mention = `@${first.toLowerCase()}_${last.toLowerCase()}@${longest(MASTODON_HOSTS)} `;

describe('shipped reconnect templates fit every channel they are offered for', () => {
  const db = openDatabase(':memory:');
  const templates = listTemplates(db);

  it('ships the two templates', () => {
    expect(templates.map((t) => t.name)).toEqual(['Apology for a mistake', 'Re-introduction']);
    expect(LONGEST.company).toBe(LONG_COMPANY);
  });

  for (const template of templates) {
    it(`"${template.name}" with the longest names fits a LinkedIn invitation note and a Mastodon post`, () => {
      const body = fillTemplate(template.body, LONGEST);
      expect(body).toContain(LONGEST.firstName);
      expect(body).toContain(LONGEST.myName);
      expect(body).not.toMatch(/[{}[\]]/);
      expect(body.length).toBeLessThanOrEqual(CHANNEL_LIMITS.profile!.limit);
      // A Mastodon direct message counts the mention of their handle too.
      expect(mention.length + body.length).toBeLessThanOrEqual(CHANNEL_LIMITS.mastodon!.limit);
      expect(fillSubject(template.subject, LONGEST).length).toBeLessThanOrEqual(80);
    });
  }
});
