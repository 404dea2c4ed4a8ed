import type { DryRunResult, ReviewProposal, RuleListing } from '../../../shared/rules-domain.js';
import { parseRule, type Rule } from '../../../shared/rules-schema.js';
import type { SliceCreator } from './slice.js';

/** The rule being edited: a draft (maybe invalid while typing), and the dry run of its last valid form. */
export interface RuleEditor {
  /** null for a new rule. */
  id: number | null;
  draft: Rule;
  /** Why the draft cannot run (path and problem), or null. */
  problem: string | null;
  dryRun: DryRunResult | null;
  /** A dry run for the current draft is on its way. */
  pending: boolean;
  saving: boolean;
  /** Changed since it opened: leaving asks first. */
  edited: boolean;
}

export interface RulesSlice {
  rules: RuleListing[] | null;
  review: ReviewProposal[] | null;
  ruleEditor: RuleEditor | null;
  loadRules(): Promise<void>;
  loadReview(): Promise<void>;
  setRuleEnabled(id: number, enabled: boolean): Promise<void>;
  openRuleEditor(id: number | null): void;
  closeRuleEditor(): void;
  /** Every edit: the draft changes now, its dry run follows (answers to older drafts are dropped). */
  editRule(draft: Rule): void;
  saveRule(): Promise<void>;
  deleteRule(id: number): Promise<void>;
  runRulesNow(): Promise<void>;
  exportRules(): Promise<void>;
  importRules(file: File): Promise<void>;
  acceptProposals(ids: number[]): Promise<void>;
  dismissProposals(ids: number[]): Promise<void>;
  protectContact(contactId: number, name: string): Promise<void>;
  /** A look-alike and the others with its name, selected in the roster side by side. */
  openLookAlikes(proposal: ReviewProposal): void;
  /** The proposal's person, selected in the roster among the people who share their name. */
  openProposalPerson(proposal: ReviewProposal): void;
  /** Two look-alikes may be one person: propose the merge and open the merge panel on it. */
  proposeLookAlikeMerge(contactId: number, otherId: number): Promise<void>;
}

const NEW_RULE: Rule = {
  name: 'New rule',
  when: { all: [{ field: 'connected_on', op: 'olderThanYears', value: 5 }] },
  then: { kind: 'flag' },
};

const proposals = (n: number) => `${n.toLocaleString()} proposal${n === 1 ? '' : 's'}`;

export const createRulesSlice: SliceCreator<RulesSlice> =
  ({ api, saveFile }) =>
  (set, get) => {
    /** Each dry run is numbered; only the newest one's answer is shown. */
    let dryRunSeq = 0;
    const dryRunDraft = async (draft: Rule) => {
      const seq = ++dryRunSeq;
      const result = await api.rulesDryRun({ rule: draft });
      const editor = get().ruleEditor;
      if (seq !== dryRunSeq || !editor) return;
      if (result.ok) set({ ruleEditor: { ...editor, dryRun: result.value, pending: false, problem: null } });
      else set({ ruleEditor: { ...editor, pending: false, problem: result.error.message } });
    };
    return {
      rules: null,
      review: null,
      ruleEditor: null,
      async loadRules() {
        const rules = get().unwrap(await api.rulesList({}));
        if (rules) set({ rules });
      },
      async loadReview() {
        const review = get().unwrap(await api.reviewList({}));
        if (review) set({ review });
      },
      async setRuleEnabled(id, enabled) {
        set({ rules: get().rules?.map((rule) => (rule.id === id ? { ...rule, enabled } : rule)) ?? null });
        get().unwrap(await api.rulesSetEnabled({ id, enabled }));
        await get().loadRules();
      },
      openRuleEditor(id) {
        const stored = id === null ? null : get().rules?.find((rule) => rule.id === id);
        const parsed = stored ? parseRule(stored.rule) : null;
        const draft = parsed?.ok ? parsed.rule : NEW_RULE;
        set({ ruleEditor: { id, draft, problem: null, dryRun: null, pending: true, saving: false, edited: false } });
        void dryRunDraft(draft);
      },
      closeRuleEditor() {
        dryRunSeq++;
        set({ ruleEditor: null });
      },
      editRule(draft) {
        const editor = get().ruleEditor;
        if (!editor) return;
        const parsed = parseRule(draft);
        if (!parsed.ok) {
          // Not runnable yet (an empty value while typing): say why, keep the last answer visible.
          dryRunSeq++;
          set({ ruleEditor: { ...editor, draft, problem: parsed.message, pending: false, edited: true } });
          return;
        }
        set({ ruleEditor: { ...editor, draft, problem: null, pending: true, edited: true } });
        void dryRunDraft(parsed.rule);
      },
      async saveRule() {
        const editor = get().ruleEditor;
        if (!editor || editor.problem) return;
        set({ ruleEditor: { ...editor, saving: true } });
        const saved = get().unwrap(await api.rulesSave({ id: editor.id, rule: editor.draft }));
        if (!saved) {
          const current = get().ruleEditor;
          if (current) set({ ruleEditor: { ...current, saving: false } });
          return;
        }
        get().closeRuleEditor();
        await get().loadRules();
        get().showToast(`Saved “${editor.draft.name}”.`, null);
      },
      async deleteRule(id) {
        const name = get().rules?.find((rule) => rule.id === id)?.name ?? 'the rule';
        if (!get().unwrap(await api.rulesDelete({ id }))) return;
        get().closeRuleEditor();
        await get().loadRules();
        get().showToast(`Deleted “${name}”.`, null);
      },
      async runRulesNow() {
        const summary = get().unwrap(await api.rulesRun({ ruleId: null }));
        if (!summary) return;
        await Promise.all([get().loadRules(), get().loadReview()]);
        get().showToast(
          summary.rules === 0
            ? 'No rule is enabled: enable one to get proposals.'
            : `${proposals(summary.proposals)} to review.`,
          null,
        );
      },
      async exportRules() {
        const exported = get().unwrap(await api.rulesExport({}));
        if (!exported) return;
        await saveFile({
          fileName: 'prune-rules.json',
          mediaType: 'application/json',
          text: exported.json,
          count: exported.count,
          unfollows: [],
        });
      },
      async importRules(file) {
        const imported = get().unwrap(await api.rulesImport({ json: await file.text() }));
        if (!imported) return;
        await get().loadRules();
        get().showToast(
          `Imported ${imported.ids.length} rule${imported.ids.length === 1 ? '' : 's'} (disabled).`,
          null,
        );
      },
      async acceptProposals(ids) {
        const accepted = new Set(ids);
        set({ review: get().review?.filter((proposal) => !accepted.has(proposal.id)) ?? null });
        const result = get().unwrap(await api.reviewAccept({ ids }));
        await get().loadReview();
        if (result) get().showToast(`Accepted ${proposals(result.accepted)}.`, 'undo');
      },
      async dismissProposals(ids) {
        const dismissed = new Set(ids);
        set({ review: get().review?.filter((proposal) => !dismissed.has(proposal.id)) ?? null });
        const result = get().unwrap(await api.reviewDismiss({ ids }));
        await Promise.all([get().loadReview(), get().loadHistory()]);
        if (result)
          get().showToast(`Dismissed ${proposals(result.dismissed)}.`, result.batchId === null ? null : 'undo');
      },
      async protectContact(contactId, name) {
        set({ review: get().review?.filter((proposal) => proposal.contactId !== contactId) ?? null });
        const result = get().unwrap(await api.contactProtect({ contactId, protected: true }));
        await Promise.all([get().loadReview(), get().loadHistory()]);
        if (result) get().showToast(`No rule will suggest ${name} again.`, result.changed ? 'undo' : null);
      },
      openProposalPerson(proposal) {
        get().openLookAlikes({ ...proposal, lookAlikeIds: [] });
      },
      openLookAlikes(proposal) {
        const ids = [proposal.contactId, ...(proposal.lookAlikeIds ?? [])];
        get().setView('roster');
        get().updateQuery({
          search: proposal.contactName,
          sources: [],
          hasEmail: null,
          connectedAfter: null,
          connectedBefore: null,
          company: null,
        });
        set({ selectedIds: new Set(ids), anchorId: proposal.contactId });
        void get().select(proposal.contactId);
      },
      async proposeLookAlikeMerge(contactId, otherId) {
        if (!get().unwrap(await api.reviewProposeMerge({ contactId, otherId }))) return;
        await Promise.all([get().loadProposals(), get().loadReview()]);
        get().setMergePanelOpen(true);
      },
    };
  };
