import { useEffect, useState } from 'react';
import type { RosterHealth } from '../../../../shared/backup.js';
import { api } from '../../api.js';
import { formatTimestamp } from '../../components/format.js';

/**
 * Shown when the start-up check finds the roster damaged: says so plainly and offers the newest
 * backup that passed its own check. Reads the finding from appInfo (the check may have finished
 * before this page subscribed) and from the rosterHealth event (it may finish after).
 */
export function RosterHealthBanner() {
  const [health, setHealth] = useState<RosterHealth | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const off = api.on('rosterHealth', (next) => setHealth(next));
    void api.appInfo({}).then((result) => {
      if (live && result.ok) setHealth((current) => current ?? result.value.rosterHealth);
    });
    return () => {
      live = false;
      off();
    };
  }, []);

  if (health?.status !== 'damaged') return null;
  const backup = health.latestGoodBackup;

  const restore = async (): Promise<void> => {
    setRestoring(true);
    const result = await api.backupRestoreLatest({});
    if (result.ok) {
      // A fresh start reads the restored roster from scratch, whatever the damaged one left behind.
      window.location.reload();
      return;
    }
    setRestoring(false);
    setFailure(result.error.message);
  };

  return (
    <div className="error-banner" role="alert" data-testid="roster-health-banner">
      <span>
        Your roster is damaged ({health.problem}).{' '}
        {backup
          ? `The latest good backup is from ${formatTimestamp(backup.at)}; restoring it keeps the damaged roster aside.`
          : 'There is no backup that passes its check.'}
        {failure && ` Restoring failed: ${failure}`}
      </span>
      {backup && (
        <button
          type="button"
          className="primary"
          disabled={restoring}
          onClick={() => void restore()}
          data-testid="restore-backup-button"
        >
          {restoring ? 'Restoring…' : 'Restore backup'}
        </button>
      )}
    </div>
  );
}
