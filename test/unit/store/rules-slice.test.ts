import { describe, expect, it } from 'vitest';
import { createStore } from '../../../renderer/src/store/create-store.js';
import type { DryRunResult } from '../../../shared/rules-domain.js';
import type { Rule } from '../../../shared/rules-schema.js';
import type { PruneApi } from '../../../shared/ipc.js';
import type { Result } from '../../../shared/result.js';
import { quietDependencies } from './fixtures.js';

/** An API whose dry runs answer only when the test says, in any order. */
function deferredDryRuns() {
  const pending: { rule: Rule; resolve(result: Result<DryRunResult>): void }[] = [];
  const api = {
    rulesDryRun: (input: { rule: Rule }) =>
      new Promise<Result<DryRunResult>>((resolve) => pending.push({ rule: input.rule, resolve })),
  } as unknown as PruneApi;
  const answer = (index: number, matches: number) =>
    pending[index]!.resolve({ ok: true, value: { matches, sample: [], sentence: pending[index]!.rule.name } });
  return { api, pending, answer };
}

const rule = (name: string, years: number): Rule => ({
  name,
  when: { all: [{ field: 'connected_on', op: 'olderThanYears', value: years }] },
  then: { kind: 'flag' },
});

describe('the rule editor in the store', () => {
  it('shows the dry run of the newest draft and drops answers to older ones', async () => {
    const { api, pending, answer } = deferredDryRuns();
    const store = createStore(quietDependencies(api));
    store.getState().openRuleEditor(null);
    store.getState().editRule(rule('two', 2));
    store.getState().editRule(rule('three', 3));
    expect(pending.map((p) => p.rule.name)).toEqual(['New rule', 'two', 'three']);
    answer(2, 30);
    await Promise.resolve();
    await Promise.resolve();
    expect(store.getState().ruleEditor).toMatchObject({ pending: false, dryRun: { matches: 30, sentence: 'three' } });
    // The older answers arrive late: they change nothing.
    answer(1, 20);
    answer(0, 10);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().ruleEditor?.dryRun).toMatchObject({ matches: 30, sentence: 'three' });
  });

  it('does not run a draft that is not a rule yet, and says why by path', () => {
    const { api, pending } = deferredDryRuns();
    const store = createStore(quietDependencies(api));
    store.getState().openRuleEditor(null);
    store.getState().editRule({ ...rule('x', 1), when: { all: [{ field: 'company', op: 'contains', value: '' }] } });
    expect(pending).toHaveLength(1);
    expect(store.getState().ruleEditor?.problem).toBe('when.all[0].value: must be text of 1 to 200 characters');
  });
});
