import { useState } from 'react';
import { TEMPLATE_FIELD_NAMES } from '../../../../shared/fill-template.js';
import type { ReconnectTemplate } from '../../../../shared/reconnect.js';
import { Button } from '../../components/Button.js';
import { useStore } from '../../store/index.js';

/** Edits a template as stored in the roster (or writes a new one), with its fields explained. */
export function TemplateEditor({
  template,
  onDone,
}: {
  template: ReconnectTemplate | null;
  onDone(saved: ReconnectTemplate | null): void;
}) {
  const save = useStore((s) => s.saveReconnectTemplate);
  const [name, setName] = useState(template?.name ?? '');
  const [subject, setSubject] = useState(template?.subject ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const ready = name.trim() !== '' && body.trim() !== '';
  return (
    <section className="composer" data-testid="reconnect-template-editor" aria-label="Edit template">
      <h3>{template ? 'Edit template' : 'New template'}</h3>
      <p className="muted template-help">
        Fields:{' '}
        {TEMPLATE_FIELD_NAMES.map((field) => (
          <code key={field}>{`{${field}}`} </code>
        ))}
        . Text in [square brackets] is left out when a field inside it is unknown.
      </p>
      <label className="field-label">
        Name
        <input className="text-input" value={name} onChange={(event) => setName(event.target.value)} data-autofocus />
      </label>
      <label className="field-label">
        Subject
        <input className="text-input" value={subject} onChange={(event) => setSubject(event.target.value)} />
      </label>
      <label className="field-label">
        Text
        <textarea
          className="text-area"
          rows={9}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          data-testid="reconnect-template-body"
        />
      </label>
      <div className="composer-actions">
        <Button onClick={() => onDone(null)}>Cancel</Button>
        <Button
          data-testid="reconnect-template-save"
          disabled={!ready}
          onClick={() =>
            void save({ id: template?.id ?? null, name, subject, body }).then((saved) => saved && onDone(saved))
          }
        >
          Save template
        </Button>
      </div>
    </section>
  );
}
