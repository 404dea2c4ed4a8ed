import type { MergeCandidate } from '../../../../shared/domain.js';
import { SourceBadges } from '../../components/SourceBadges.js';

const LISTS: { key: 'emails' | 'phones' | 'handles'; label: string; show?(value: string): string }[] = [
  { key: 'emails', label: 'Email' },
  { key: 'phones', label: 'Phone' },
  { key: 'handles', label: 'Mastodon', show: (handle) => `@${handle}` },
];

/** What a merge combines rather than picks: both sides' addresses and sources. */
export function MergeCombined({ a, b }: { a: MergeCandidate; b: MergeCandidate }) {
  return (
    <>
      {LISTS.filter(({ key }) => a[key].length + b[key].length > 0).map(({ key, label, show = (v) => v }) => (
        <tr key={key}>
          <th scope="row">{label}</th>
          <td className="merge-kept">{a[key].map(show).join(', ') || <span className="muted">—</span>}</td>
          <td className="merge-kept">{b[key].map(show).join(', ') || <span className="muted">—</span>}</td>
        </tr>
      ))}
      <tr>
        <th scope="row">Sources</th>
        <td className="merge-kept">
          <SourceBadges sources={a.sources} />
        </td>
        <td className="merge-kept">
          <SourceBadges sources={b.sources} />
        </td>
      </tr>
    </>
  );
}
