import { useId, useState } from 'react';
import { fillSubject, fillTemplate } from '../../../../shared/fill-template.js';
import type { ReconnectPlan, ReconnectTemplate } from '../../../../shared/reconnect.js';
import { channelLimit } from '../../../../shared/reconnect-channels.js';
import { mailtoWithMessage } from '../../../../shared/reconnect-links.js';
import { Button } from '../../components/Button.js';
import { useStore } from '../../store/index.js';
import { MyNamePrompt } from './MyNamePrompt.js';
import { TemplateEditor } from './TemplateEditor.js';

/**
 * The message: a template filled in for this person, editable before it goes out, then copied,
 * opened as a mail or taken to the profile page. Links go out as plain https:/mailto: anchors,
 * which the desktop host opens through its openExternal allowlist.
 */
export function Composer({ plan, chosen }: { plan: ReconnectPlan; chosen: string | null }) {
  const templates = useStore((s) => s.reconnectTemplates);
  const myName = useStore((s) => s.reconnectSettings?.myName ?? null);
  const [templateId, setTemplateId] = useState<number | null>(plan.templateId ?? templates[0]?.id ?? null);
  const [editing, setEditing] = useState<ReconnectTemplate | 'new' | null>(null);
  const template = templates.find((t) => t.id === templateId) ?? templates[0] ?? null;
  const ids = useId();

  if (editing)
    return (
      <TemplateEditor
        template={editing === 'new' ? null : editing}
        onDone={(saved) => {
          if (saved) setTemplateId(saved.id);
          setEditing(null);
        }}
      />
    );

  return (
    <section className="composer" aria-labelledby={`${ids}-title`} data-testid="reconnect-composer">
      <div className="composer-head">
        <h3 id={`${ids}-title`}>Message</h3>
        <label className="composer-template">
          <span className="visually-hidden">Template</span>
          <select
            value={template?.id ?? ''}
            onChange={(event) => setTemplateId(Number(event.target.value))}
            data-testid="reconnect-template"
          >
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <Button
          variant="ghost"
          data-testid="reconnect-edit-template"
          disabled={!template}
          onClick={() => setEditing(template)}
        >
          Edit template
        </Button>
        <Button variant="ghost" className="composer-new" onClick={() => setEditing('new')} aria-label="New template">
          New
        </Button>
      </div>
      {myName === null && <MyNamePrompt />}
      {template && (
        // A new template, person or name fills the message afresh (edits to the last one are dropped).
        <MessageEditor
          key={`${template.id}|${template.subject}|${template.body}|${plan.contactId}|${myName ?? ''}`}
          plan={plan}
          template={template}
          myName={myName}
          chosen={chosen}
        />
      )}
    </section>
  );
}

function MessageEditor({
  plan,
  template,
  myName,
  chosen,
}: {
  plan: ReconnectPlan;
  template: ReconnectTemplate;
  myName: string | null;
  chosen: string | null;
}) {
  const copy = useStore((s) => s.copyReconnectMessage);
  const downloadFollow = useStore((s) => s.downloadMastodonFollow);
  const fields = { ...plan.fields, myName };
  const [subject, setSubject] = useState(() => fillSubject(template.subject, fields));
  const [body, setBody] = useState(() => fillTemplate(template.body, fields));
  const countId = useId();
  const address = plan.addresses.find((a) => a.value === chosen) ?? null;
  const mailto = address?.kind === 'email' ? mailtoWithMessage(address.value, subject, body) : null;
  const profile = plan.addresses.find((a) => a.kind === 'profile')?.value ?? null;
  // Only the channel the message goes out on limits it: a LinkedIn note, a Mastodon post.
  const limit = channelLimit(address);
  const over = limit !== null && body.length > limit.limit;
  return (
    <>
      <label className="field-label">
        Subject
        <input
          className="text-input"
          value={subject}
          onChange={(event) => setSubject(event.target.value)}
          data-testid="reconnect-subject"
        />
      </label>
      <label className="field-label">
        Text
        <textarea
          className="text-area"
          rows={11}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          aria-describedby={countId}
          data-testid="reconnect-body"
        />
      </label>
      <p id={countId} className={`muted composer-count${over ? ' over' : ''}`} data-testid="reconnect-count">
        {limit ? `${body.length} of ${limit.limit} characters for ${limit.channel}` : `${body.length} characters`}
        {over ? ' — too long: shorten it, or choose an email address' : ''}
      </p>
      <div className="composer-actions">
        <Button data-testid="reconnect-copy" onClick={() => void copy(body)}>
          Copy message
        </Button>
        {mailto && (
          <a
            className="btn btn-secondary"
            href={mailto}
            target="_blank"
            rel="noreferrer noopener"
            data-testid="reconnect-mailto"
          >
            Open in mail
          </a>
        )}
        {profile && (
          <a
            className="btn btn-secondary"
            href={profile}
            target="_blank"
            rel="noreferrer noopener"
            data-testid="reconnect-profile"
          >
            Open profile page
          </a>
        )}
        {address?.kind === 'mastodon' && (
          <Button data-testid="reconnect-mastodon-csv" onClick={() => void downloadFollow(address.value)}>
            Save following_accounts.csv
          </Button>
        )}
      </div>
      {address?.kind === 'mastodon' && (
        <p className="muted composer-note">
          In Mastodon: Preferences › Import and export › Import, type “Following list”, mode “Merge”: it adds this one
          follow and keeps the others.
        </p>
      )}
    </>
  );
}
