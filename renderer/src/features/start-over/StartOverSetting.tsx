import { Button } from '../../components/Button.js';
import { useStore } from '../../store/index.js';

/** Settings › Roster: the way to an empty roster (and out of the sample). */
export function StartOverSetting() {
  const origin = useStore((s) => s.rosterOrigin);
  const closeOverlay = useStore((s) => s.closeOverlay);
  const askStartOver = useStore((s) => s.askStartOver);
  return (
    <fieldset className="settings-group">
      <legend>Roster</legend>
      <p className="muted">
        {origin?.sampleLoaded
          ? 'This roster holds the sample network. Start over to remove it and import your own.'
          : 'Start over clears everyone from this roster, keeping a backup first.'}
      </p>
      <div>
        <Button
          data-testid="settings-start-over"
          onClick={() => {
            closeOverlay();
            askStartOver();
          }}
        >
          {origin?.sampleLoaded ? 'Remove the sample network…' : 'Start over…'}
        </Button>
      </div>
    </fieldset>
  );
}
