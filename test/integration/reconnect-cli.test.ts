import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir.js';
import { CONNECTIONS, CONNECTIONS_AGAIN, VCARD } from '../helpers/reconnect-files.js';
import { prune } from './real-shapes/cli.js';

interface Listed {
  id: number;
  name: string;
}

describe('prune reconnect', () => {
  const temp = makeTempDir();
  const db = () => path.join(temp.dir, 'roster.db');
  const file = (name: string, text: string) => {
    const full = path.join(temp.dir, name);
    writeFileSync(full, text);
    return full;
  };
  let mira = 0;
  let ines = 0;
  beforeAll(async () => {
    expect(
      (await prune('import', file('Connections.csv', CONNECTIONS), file('mira.vcf', VCARD), '--db', db())).code,
    ).toBe(0);
    const listed = JSON.parse((await prune('contacts', '--db', db(), '--json')).stdout) as Listed[];
    mira = listed.find((c) => c.name === 'Mira Castell')!.id;
    ines = listed.find((c) => c.name === 'Ines Okafor')!.id;
    expect((await prune('remove', String(mira), String(ines), '--db', db())).code).toBe(0);
    expect((await prune('purge', '--days', '0', '--db', db())).code).toBe(0);
  }, 120_000);
  afterAll(() => temp.cleanup());

  it('plan --json: blocked, suggested, alternates and the default message, for a tombstone', async () => {
    const result = await prune('reconnect', 'plan', String(mira), '--db', db(), '--json');
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(plan)).toEqual(['blocked', 'suggested', 'alternates', 'message', 'removals', 'restoreIsEnough']);
    expect(plan).toMatchObject({
      // Removed in Prune only: the LinkedIn checklist item was never ticked.
      removals: [{ service: 'linkedin', carriedOut: false, evidence: null, at: null }],
      restoreIsEnough: true,
      blocked: ['mira@work.example'],
      suggested: 'mira.castell@home.example',
      alternates: ['https://www.linkedin.com/in/mira-castell'],
    });
    expect(plan.message).toMatch(/^Hi Mira,\n/);
    expect(plan.message).not.toMatch(/[{}]/);
  });

  it('plan without --json says when no other address is known; add-address refuses bad input and adds good', async () => {
    const plan = await prune('reconnect', 'plan', String(ines), '--db', db());
    expect(plan.stdout).toContain('blocked    ines@only.example');
    expect(plan.stdout).toContain('No other address is known');
    const bad = await prune('reconnect', 'add-address', String(ines), 'ines(at)home', '--db', db());
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('"ines(at)home" is not an email address: write it as name@example.com');
    const good = await prune('reconnect', 'add-address', String(ines), 'ines.o@home.example', '--db', db());
    expect(good).toMatchObject({ code: 0, stdout: 'Added ines.o@home.example.\n' });
    const after = JSON.parse((await prune('reconnect', 'plan', String(ines), '--db', db(), '--json')).stdout) as {
      suggested: string;
    };
    expect(after.suggested).toBe('ines.o@home.example');
  });

  it('mark and list: steps in order, refusals with the reason, then a Connections.csv closes it', async () => {
    const sent = await prune(
      'reconnect',
      'mark',
      String(mira),
      '--status',
      'sent',
      '--via',
      'mira.castell@home.example',
      '--note',
      'Apologised',
      '--db',
      db(),
    );
    expect(sent).toMatchObject({ code: 0, stdout: 'Mira Castell: sent via mira.castell@home.example.\n' });
    const wrong = await prune('reconnect', 'mark', String(mira), '--status', 'drafted', '--db', db());
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Cannot mark drafted: it is already past the draft.');
    const badStatus = await prune('reconnect', 'mark', String(mira), '--status', 'maybe', '--db', db());
    expect(badStatus.code).toBe(1);
    expect(badStatus.stderr).toContain('--status must be one of drafted, sent, withdrawn, accepted, refused.');
    const listed = JSON.parse((await prune('reconnect', 'list', '--db', db(), '--json')).stdout) as Record<
      string,
      unknown
    >[];
    expect(listed).toEqual([
      {
        id: expect.any(Number),
        contactId: mira,
        status: 'sent',
        via: 'mira.castell@home.example',
        updatedAt: expect.any(String),
      },
    ]);
    expect((await prune('import', file('Connections-later.csv', CONNECTIONS_AGAIN), '--db', db())).code).toBe(0);
    const closed = JSON.parse((await prune('reconnect', 'list', '--db', db(), '--json')).stdout) as {
      status: string;
    }[];
    expect(closed.map((a) => a.status)).toEqual(['accepted']);
    const back = JSON.parse((await prune('contacts', '--db', db(), '--json', '--search', 'castell')).stdout) as {
      status: string;
      reappeared: boolean;
      position: string;
    }[];
    expect(back).toEqual([expect.objectContaining({ status: 'active', reappeared: false, position: 'Lead Designer' })]);
  });

  it('usage errors name what is missing', async () => {
    const result = await prune('reconnect', 'plan', '--db', db());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('prune reconnect plan: name one contact id');
    const unknown = await prune('reconnect', 'plan', '99999', '--db', db());
    expect(unknown.stderr).toContain('No contact with id 99999.');
  });
});
