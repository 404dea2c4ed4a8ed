import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { useStore } from '../../store/index.js';
import { FeedSettingsFields } from '../feed/FeedSettingsFields.js';
import type { ThemeChoice } from '../../store/preferences-slice.js';
import { SHORTCUTS } from './shortcuts.js';
import { StartOverSetting } from '../start-over/StartOverSetting.js';

/** The shortcut sheet (?), Settings and About: one open at a time. */
export function Overlays() {
  const overlay = useStore((s) => s.overlay);
  const close = useStore((s) => s.closeOverlay);
  if (overlay === 'shortcuts') return <ShortcutsDialog onClose={close} />;
  if (overlay === 'settings') return <SettingsDialog onClose={close} />;
  if (overlay === 'about') return <AboutDialog onClose={close} />;
  return null;
}

function ShortcutsDialog({ onClose }: { onClose(): void }) {
  return (
    <Dialog
      testId="shortcuts"
      title="Keyboard shortcuts"
      onCancel={onClose}
      onConfirm={onClose}
      wide
      actions={
        <Button variant="primary" onClick={onClose}>
          Close
        </Button>
      }
    >
      {/* Focusable so the keyboard can scroll it once the list is taller than the window. */}
      <dl className="shortcut-list" tabIndex={0}>
        {SHORTCUTS.map(({ keys, what }) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}

const THEMES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'Same as the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

function SettingsDialog({ onClose }: { onClose(): void }) {
  const theme = useStore((s) => s.theme);
  const setTheme = useStore((s) => s.setTheme);
  const info = useStore((s) => s.info);
  return (
    <Dialog
      testId="settings"
      title="Settings"
      onCancel={onClose}
      onConfirm={onClose}
      actions={
        <Button variant="primary" onClick={onClose}>
          Done
        </Button>
      }
    >
      <fieldset className="settings-group">
        <legend>Appearance</legend>
        {THEMES.map(({ value, label }) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name="theme"
              value={value}
              checked={theme === value}
              data-testid={`theme-${value}`}
              onChange={() => setTheme(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <FeedSettingsFields />
      <dl className="settings-facts">
        <div>
          <dt>Trash</dt>
          <dd data-testid="settings-trash-days">
            People stay in the Trash for {info ? `${info.trashDays} days` : '…'}, then only their name and addresses are
            kept.
          </dd>
        </div>
        <StartOverSetting />
      </dl>
    </Dialog>
  );
}

function AboutDialog({ onClose }: { onClose(): void }) {
  const info = useStore((s) => s.info);
  return (
    <Dialog
      testId="about"
      title="About Prune"
      onCancel={onClose}
      onConfirm={onClose}
      actions={
        <Button variant="primary" onClick={onClose}>
          Close
        </Button>
      }
    >
      <p>
        <strong>Prune</strong> <span data-testid="about-version">{info?.version ?? ''}</span>
      </p>
      <p>Personal network hygiene, on your own machine. Nothing leaves your computer.</p>
      <p className="muted">
        Roster schema {info?.schemaVersion ?? '…'} · running in the{' '}
        {info?.host === 'electron' ? 'desktop app' : 'browser host'}
      </p>
    </Dialog>
  );
}
