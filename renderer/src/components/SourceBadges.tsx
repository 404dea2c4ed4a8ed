import type { SourceKind } from '../../../shared/domain.js';

export const SOURCE_LABELS: Record<SourceKind, string> = {
  linkedin: 'LinkedIn',
  vcard: 'vCard',
  google: 'Google',
  outlook: 'Outlook',
  mastodon: 'Mastodon',
};

export function SourceBadges({ sources }: { sources: readonly SourceKind[] }) {
  return (
    <span className="badges">
      {sources.map((source) => (
        <span key={source} className={`badge badge-${source}`} title={SOURCE_LABELS[source]}>
          {SOURCE_LABELS[source]}
        </span>
      ))}
    </span>
  );
}
