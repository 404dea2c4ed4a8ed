import type { Channel, ChannelOutput, ParsedInput } from '../../../shared/ipc.js';
import type { rulesChannels } from '../../../shared/rules-channels.js';
import { ruleSentence } from '../../../shared/rules-sentence.js';
import type { Core } from '../core.js';
import { acceptProposals } from './accept-proposals.js';
import { dryRun } from './dry-run.js';
import { dismissProposals, listProposals, openCounts, setProtected } from './review-queue.js';
import { addRule, deleteRule, getRule, listRules, seedStarterRules, setRuleEnabled, updateRule } from './rule-store.js';
import { exportRulesJson, parseRulesJson, ruleOrRefusal } from './rules-json.js';
import { runRules } from './run-rules.js';
import { contactExists } from './contact-exists.js';
import { proposeLookAlikeMerge, withLookAlikeLinks } from './look-alike-links.js';

type RulesChannel = keyof typeof rulesChannels & Channel;
type Handler<C extends Channel> = (core: Core, input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

const stamp = (core: Core): string => core.now().toISOString();

/** A change to the Review queue: one at a time with the other writes, then every window reloads it. */
async function reviewWrite<T>(core: Core, job: string, write: () => T): Promise<T> {
  const result = await core.exclusive(job, write);
  core.emit('reviewChanged', { open: listProposals(core.db).length });
  return result;
}

/** After an import or a feed refresh: the enabled rules run over the new roster. */
export function runRulesAfterChange(core: Core): void {
  const summary = runRules(core.db, core.now());
  if (summary.rules > 0) core.emit('reviewChanged', { open: listProposals(core.db).length });
}

export const rulesHandlers: { [C in RulesChannel]: Handler<C> } = {
  rulesList: (core) => {
    seedStarterRules(core.db, stamp(core));
    const open = openCounts(core.db);
    return listRules(core.db).map((stored) => ({
      id: stored.id,
      name: stored.name,
      enabled: stored.enabled,
      starter: stored.starter,
      rule: stored.rule,
      sentence: ruleSentence(stored.rule),
      open: open.get(stored.id) ?? 0,
    }));
  },
  rulesSave: (core, { id, rule, enabled }) => {
    const valid = ruleOrRefusal(rule);
    return reviewWrite(core, 'saving a rule', () => {
      if (id === null) return { id: addRule(core.db, valid, enabled ?? false, stamp(core)) };
      updateRule(core.db, id, valid, stamp(core));
      if (enabled !== undefined) setRuleEnabled(core.db, id, enabled, stamp(core));
      return { id };
    });
  },
  rulesSetEnabled: (core, { id, enabled }) =>
    reviewWrite(core, 'changing a rule', () => {
      setRuleEnabled(core.db, id, enabled, stamp(core));
      return { enabled };
    }),
  rulesDelete: (core, { id }) =>
    reviewWrite(core, 'deleting a rule', () => {
      deleteRule(core.db, id);
      return { deleted: true };
    }),
  rulesDryRun: (core, { id, rule }) =>
    dryRun(core.db, id !== null ? getRule(core.db, id).rule : ruleOrRefusal(rule), core.now()),
  rulesRun: (core, { ruleId }) => {
    if (ruleId !== null) getRule(core.db, ruleId);
    return reviewWrite(core, 'running the rules', () => runRules(core.db, core.now(), ruleId));
  },
  rulesExport: (core) => {
    seedStarterRules(core.db, stamp(core));
    const rules = listRules(core.db);
    return { json: exportRulesJson(rules), count: rules.length };
  },
  rulesImport: (core, { json }) => {
    const rules = parseRulesJson(json);
    return reviewWrite(core, 'importing rules', () =>
      core.db.transaction(() => ({ ids: rules.map((rule) => addRule(core.db, rule, false, stamp(core))) }))(),
    );
  },
  reviewList: (core) => withLookAlikeLinks(core.db, listProposals(core.db)),
  reviewProposeMerge: async (core, { contactId, otherId }) => {
    const result = await core.exclusive('proposing a merge', () =>
      proposeLookAlikeMerge(core.db, contactId, otherId, stamp(core)),
    );
    core.emit('rosterChanged', { reason: 'merge' });
    return result;
  },
  reviewAccept: async (core, { ids }) => {
    const result = await reviewWrite(core, 'accepting proposals', () => acceptProposals(core.db, ids, stamp(core)));
    core.emit('rosterChanged', { reason: 'remove' });
    return result;
  },
  reviewDismiss: (core, { ids }) =>
    reviewWrite(core, 'dismissing proposals', () => dismissProposals(core.db, ids, stamp(core))),
  contactProtect: (core, { contactId, protected: isProtected }) => {
    contactExists(core.db, contactId);
    return reviewWrite(core, 'protecting a person', () => ({
      changed: setProtected(core.db, contactId, isProtected, stamp(core)),
    }));
  },
};
