import { useStore } from '../../store/index.js';

const INTERVALS = [15, 30, 60, 120, 360, 720, 1440];
const interval = (minutes: number) =>
  minutes < 60
    ? `Every ${minutes} minutes`
    : minutes === 60
      ? 'Every hour'
      : minutes === 1440
        ? 'Once a day'
        : `Every ${minutes / 60} hours`;

/** The feed's settings inside Settings: how often to refresh, and whether remote images load. */
export function FeedSettingsFields() {
  const settings = useStore((s) => s.feedSettings);
  const save = useStore((s) => s.setFeedSettings);
  if (!settings) return null;
  const choices = INTERVALS.includes(settings.refreshMinutes)
    ? INTERVALS
    : [...INTERVALS, settings.refreshMinutes].sort((a, b) => a - b);
  return (
    <fieldset className="settings-group">
      <legend>Feed</legend>
      <label className="field-inline">
        Refresh feeds
        <select
          className="text-input"
          value={settings.refreshMinutes}
          data-testid="setting-refresh-minutes"
          onChange={(event) => void save({ refreshMinutes: Number(event.target.value) })}
        >
          {choices.map((minutes) => (
            <option key={minutes} value={minutes}>
              {interval(minutes)}
            </option>
          ))}
        </select>
      </label>
      <label className="radio">
        <input
          type="checkbox"
          checked={settings.remoteImages}
          data-testid="setting-remote-images"
          onChange={(event) => void save({ remoteImages: event.target.checked })}
        />
        Load pictures from the web in updates (the sites can see when you looked)
      </label>
    </fieldset>
  );
}
