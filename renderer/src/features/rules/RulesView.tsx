import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Badge } from '../../components/Badge.js';
import { Button } from '../../components/Button.js';
import { EmptyState, LoadingState } from '../../components/EmptyState.js';
import { formatCount } from '../../components/format.js';
import { useStore } from '../../store/index.js';
import { RuleEditor } from './RuleEditor.js';
import { RulesSection } from './RulesSection.js';

/** The rules: each read as a sentence, switched on and off in place; the editor opens over the list. */
export function RulesView() {
  const { rules, editing, editingId, setRuleEnabled, openRuleEditor, runRulesNow, exportRules, importRules, setView } =
    useStore(
      useShallow((s) => ({
        rules: s.rules,
        editing: s.ruleEditor !== null,
        editingId: s.ruleEditor?.id ?? null,
        setRuleEnabled: s.setRuleEnabled,
        openRuleEditor: s.openRuleEditor,
        runRulesNow: s.runRulesNow,
        exportRules: s.exportRules,
        importRules: s.importRules,
        setView: s.setView,
      })),
    );
  const fileInput = useRef<HTMLInputElement>(null);
  useReturnFocus(editing, editingId);
  if (editing) return <RuleEditor />;
  const enabled = rules?.filter((rule) => rule.enabled).length ?? 0;
  return (
    <RulesSection
      kind="rules"
      title="Rules"
      intro="Rules find people to prune and propose it; nothing happens until you accept in Review. They run after every import and when you choose Run now."
    >
      <div className="side-view-bar">
        <Button variant="primary" data-testid="rule-new" onClick={() => openRuleEditor(null)}>
          New rule
        </Button>
        <Button data-testid="rules-run" disabled={enabled === 0} onClick={() => void runRulesNow()}>
          Run now
        </Button>
        <span className="spacer" />
        <Button variant="ghost" onClick={() => fileInput.current?.click()}>
          Import…
        </Button>
        <Button variant="ghost" data-testid="rules-export" onClick={() => void exportRules()}>
          Export
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="rules-import-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importRules(file);
            event.target.value = '';
          }}
        />
      </div>
      {rules === null ? (
        <LoadingState label="Loading rules…" />
      ) : rules.length === 0 ? (
        <EmptyState title="No rules yet" action={<Button onClick={() => openRuleEditor(null)}>New rule</Button>} />
      ) : (
        <ul className="rule-list" data-testid="rule-list">
          {rules.map((rule) => (
            <li key={rule.id} className="rule-item" data-testid="rule-item" data-rule-id={rule.id}>
              <label className="switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={rule.enabled}
                  data-testid="rule-enabled"
                  aria-label={`${rule.name}: ${rule.enabled ? 'enabled' : 'disabled'}`}
                  onChange={(event) => void setRuleEnabled(rule.id, event.target.checked)}
                />
                <span className="switch-track" aria-hidden="true" />
              </label>
              <div className="rule-text">
                <p className="rule-name">
                  {rule.name}
                  {rule.starter && <Badge>Starter</Badge>}
                  {rule.open > 0 && (
                    <Button variant="ghost" className="rule-open" onClick={() => setView('review')}>
                      {formatCount(rule.open)} to review
                    </Button>
                  )}
                </p>
                <p className="rule-item-sentence" data-testid="rule-item-sentence">
                  {rule.sentence}
                </p>
              </div>
              <Button data-testid="rule-edit" aria-label={`Edit ${rule.name}`} onClick={() => openRuleEditor(rule.id)}>
                Edit
              </Button>
            </li>
          ))}
        </ul>
      )}
    </RulesSection>
  );
}

/**
 * When the editor closes, focus goes back to the Edit button of the rule it edited (or New rule,
 * for a new or deleted rule), so the keyboard continues where it left the list. A timeout, so it
 * comes after a closing dialog hands focus back.
 */
function useReturnFocus(editing: boolean, editingId: number | null) {
  const edited = useRef<number | 'new' | null>(null);
  useEffect(() => {
    if (editing) {
      edited.current = editingId ?? 'new';
      return;
    }
    const id = edited.current;
    if (id === null) return;
    edited.current = null;
    const timer = setTimeout(() => {
      const button =
        (id === 'new'
          ? null
          : document.querySelector<HTMLElement>(`[data-rule-id="${id}"] [data-testid="rule-edit"]`)) ??
        document.querySelector<HTMLElement>('[data-testid="rule-new"]');
      button?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [editing, editingId]);
}
