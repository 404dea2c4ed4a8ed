import { Button } from '../../components/Button.js';
import { useStore } from '../../store/index.js';

/** Opens the reconnect panel for one person (detail pane, reappeared notice). */
export function ReconnectButton({
  contactId,
  variant = 'secondary',
}: {
  contactId: number;
  variant?: 'secondary' | 'ghost';
}) {
  const openReconnect = useStore((s) => s.openReconnect);
  return (
    <Button variant={variant} data-testid="reconnect-open" onClick={() => void openReconnect(contactId)}>
      Reconnect…
    </Button>
  );
}
