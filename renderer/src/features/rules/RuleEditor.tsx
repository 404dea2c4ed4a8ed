import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ruleSentence } from '../../../../shared/rules-sentence.js';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { useStore } from '../../store/index.js';
import { ActionFields } from './ActionFields.js';
import { ConditionGroup } from './ConditionGroup.js';
import { rootGroup, toCondition } from './condition-tree.js';
import { TextField } from './RuleFields.js';
import { DryRunPanel } from './DryRunPanel.js';

/** Writes a rule: name, conditions (nested all / any / none), one action; the dry run follows every edit. */
export function RuleEditor() {
  const { editor, editRule, saveRule, closeRuleEditor, deleteRule, starter } = useStore(
    useShallow((s) => ({
      editor: s.ruleEditor,
      editRule: s.editRule,
      saveRule: s.saveRule,
      closeRuleEditor: s.closeRuleEditor,
      deleteRule: s.deleteRule,
      starter: s.rules?.find((rule) => rule.id === s.ruleEditor?.id)?.starter ?? false,
    })),
  );
  const root = useMemo(() => (editor ? rootGroup(editor.draft.when) : null), [editor]);
  const [confirmLeave, setConfirmLeave] = useState(false);
  if (!editor || !root) return null;
  // Esc, Cancel and "Back to rules" all leave; after an edit they ask first.
  const leave = () => (editor.edited ? setConfirmLeave(true) : closeRuleEditor());
  const { draft } = editor;
  const sentence = editor.problem ? null : ruleSentence(draft);

  return (
    <section
      className="rule-editor"
      aria-labelledby="rule-editor-title"
      data-testid="rule-editor"
      tabIndex={-1}
      data-focus-home
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented || confirmLeave) return;
        event.preventDefault();
        leave();
      }}
    >
      <div className="rule-editor-form">
        <div className="rule-editor-head">
          <h2 id="rule-editor-title">{editor.id === null ? 'New rule' : 'Edit rule'}</h2>
          <Button variant="ghost" data-testid="rule-back" onClick={leave}>
            Back to rules
          </Button>
        </div>
        <TextField
          label="Name"
          testId="rule-name"
          autoFocus
          value={draft.name}
          maxLength={120}
          onChange={(name) => editRule({ ...draft, name })}
        />
        <ConditionGroup group={root} onChange={(next) => editRule({ ...draft, when: toCondition(next) })} />
        <ActionFields action={draft.then} onChange={(then) => editRule({ ...draft, then })} />
        <p className="rule-sentence" data-testid="rule-sentence" aria-live="polite">
          {sentence ?? 'Finish the conditions to read the rule as a sentence.'}
        </p>
      </div>
      <div className="rule-editor-actions">
        {editor.id !== null && !starter && (
          <Button data-testid="rule-delete" onClick={() => void deleteRule(editor.id!)}>
            Delete rule
          </Button>
        )}
        <span className="spacer" />
        <Button data-testid="rule-cancel" onClick={leave}>
          Cancel
        </Button>
        <Button
          variant="primary"
          data-testid="rule-save"
          disabled={editor.problem !== null || editor.saving}
          onClick={() => void saveRule()}
        >
          Save rule
        </Button>
      </div>
      <DryRunPanel dryRun={editor.dryRun} pending={editor.pending} problem={editor.problem} ruleName={draft.name} />
      {confirmLeave && (
        <Dialog
          title={editor.id === null ? 'Discard this new rule?' : 'Discard your changes?'}
          testId="rule-discard-dialog"
          onCancel={() => setConfirmLeave(false)}
          onConfirm={closeRuleEditor}
          actions={
            <>
              <Button onClick={() => setConfirmLeave(false)}>Keep editing</Button>
              <Button variant="destructive" data-testid="rule-discard" onClick={closeRuleEditor}>
                Discard
              </Button>
            </>
          }
        >
          <p>
            {editor.id === null
              ? 'It has not been saved.'
              : 'The rule stays as it was last saved; its proposals are not touched.'}
          </p>
        </Dialog>
      )}
    </section>
  );
}
