import type { HandleListKind } from '../../../../shared/domain.js';
import { Button } from '../../components/Button.js';
import { useStore } from '../../store/index.js';

const CHOICES: { kind: HandleListKind; label: string }[] = [
  { kind: 'following', label: 'Import as follows' },
  { kind: 'blocked', label: 'Import as blocks' },
  { kind: 'muted', label: 'Import as mutes' },
];

/** For a header-less list of Mastodon addresses: the user says what it holds, and it is imported again. */
export function ListKindChoice({ fileName }: { fileName: string }) {
  const importListAs = useStore((s) => s.importListAs);
  const asked = useStore((s) => s.listKindAsked.includes(fileName));
  if (!asked) return null;
  return (
    <span className="list-kind-choice" data-testid="list-kind-choice">
      {CHOICES.map(({ kind, label }) => (
        <Button
          key={kind}
          variant="ghost"
          data-testid={`list-kind-${kind}`}
          onClick={() => void importListAs(fileName, kind)}
        >
          {label}
        </Button>
      ))}
    </span>
  );
}
