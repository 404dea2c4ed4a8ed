import type { HandleListKind } from '../../../../shared/domain.js';
import { Button } from '../../components/Button.js';
import { useStore } from '../../store/index.js';
import { rememberedFile } from './remembered-files.js';

const CHOICES: { kind: HandleListKind; label: string }[] = [
  { kind: 'following', label: 'Import as follows' },
  { kind: 'blocked', label: 'Import as blocks' },
  { kind: 'muted', label: 'Import as mutes' },
];

/** For a header-less list of Mastodon addresses: the user says what it holds, and it is imported again. */
export function ListKindChoice({ fileName }: { fileName: string }) {
  const importFiles = useStore((s) => s.importFiles);
  const file = rememberedFile(fileName);
  if (!file) return null;
  return (
    <span className="list-kind-choice" data-testid="list-kind-choice">
      {CHOICES.map(({ kind, label }) => (
        <Button
          key={kind}
          variant="ghost"
          data-testid={`list-kind-${kind}`}
          onClick={() => void importFiles([file], kind)}
        >
          {label}
        </Button>
      ))}
    </span>
  );
}
