import type { SourceKind } from '../../../shared/domain.js';

export const SOURCE_LABELS: Record<SourceKind, string> = {
  linkedin: 'LinkedIn',
  vcard: 'vCard',
  google: 'Google',
  outlook: 'Outlook',
  mastodon: 'Mastodon',
};

/** The sources as badges; past `max` (a table cell's room), the rest as "+N" named in its tooltip. */
export function SourceBadges({ sources, max = Infinity }: { sources: readonly SourceKind[]; max?: number }) {
  const shown = sources.length > max ? sources.slice(0, max - 1) : sources;
  const rest = sources.slice(shown.length);
  const restNames = rest.map((source) => SOURCE_LABELS[source]).join(', ');
  return (
    <span className="badges">
      {shown.map((source) => (
        <span key={source} className={`badge badge-${source}`} title={SOURCE_LABELS[source]}>
          {SOURCE_LABELS[source]}
        </span>
      ))}
      {rest.length > 0 && (
        <span className="badge badge-more" title={`Also in ${restNames}`} data-testid="badge-more">
          <span aria-hidden>+{rest.length}</span>
          <span className="visually-hidden">{restNames}</span>
        </span>
      )}
    </span>
  );
}
