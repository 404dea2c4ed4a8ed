import { expect } from 'vitest';
import type { PruneApi } from '../../../shared/ipc.js';

/** Every rules and review channel once, through the window's API (the contract test checks each answer's schema). */
export async function exerciseRulesChannels(api: PruneApi, contactId: number): Promise<void> {
  const rules = (await api.rulesList({})) as { ok: true; value: { id: number; name: string }[] };
  expect(rules.ok).toBe(true);
  // Look-alikes too, so the review list carries its links to the others.
  const lookAlikes = rules.value.find((stored) => stored.name === 'Look-alikes')!;
  expect((await api.rulesSetEnabled({ id: lookAlikes.id, enabled: true })).ok).toBe(true);
  const rule = { name: 'Everyone', when: { all: [] }, then: { kind: 'flag' } };
  const saved = (await api.rulesSave({ id: null, rule, enabled: true })) as { ok: true; value: { id: number } };
  await api.rulesSetEnabled({ id: saved.value.id, enabled: true });
  expect((await api.rulesDryRun({ id: saved.value.id })).ok).toBe(true);
  expect((await api.rulesRun({ ruleId: null })).ok).toBe(true);
  const proposals = (await api.reviewList({})) as { ok: true; value: { id: number; contactId: number }[] };
  expect(proposals.value.length).toBeGreaterThan(1);
  const [one, two] = proposals.value;
  expect((await api.reviewProposeMerge({ contactId: one!.contactId, otherId: two!.contactId })).ok).toBe(true);
  expect((await api.reviewDismiss({ ids: [proposals.value[0]!.id] })).ok).toBe(true);
  expect((await api.reviewAccept({ ids: [proposals.value[1]!.id] })).ok).toBe(true);
  expect((await api.contactProtect({ contactId, protected: true })).ok).toBe(true);
  const exported = (await api.rulesExport({})) as { ok: true; value: { json: string } };
  expect((await api.rulesImport({ json: exported.value.json })).ok).toBe(true);
  expect((await api.rulesDelete({ id: saved.value.id })).ok).toBe(true);
}
