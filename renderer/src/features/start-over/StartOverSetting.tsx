import { Button } from '../../components/Button.js';
import { useStore } from '../../store/index.js';

/**
 * Settings › Your roster: where it lives, and the way to an empty roster (and out of the sample)
 * beside it, on the same line so the dialog still fits a 600 px window.
 */
export function StartOverSetting() {
  const info = useStore((s) => s.info);
  const sampleLoaded = useStore((s) => s.rosterOrigin?.sampleLoaded ?? false);
  const closeOverlay = useStore((s) => s.closeOverlay);
  const askStartOver = useStore((s) => s.askStartOver);
  return (
    <div className="settings-roster">
      <dt>{sampleLoaded ? 'Your roster (the sample network)' : 'Your roster'}</dt>
      {/* A dl's groups hold only dt and dd, so the button sits in the dd, beside the path. */}
      <dd>
        <code data-testid="settings-data-dir">{info?.dataDir ?? '…'}</code>
        <Button
          data-testid="settings-start-over"
          onClick={() => {
            closeOverlay();
            askStartOver();
          }}
        >
          {sampleLoaded ? 'Remove the sample…' : 'Start over…'}
        </Button>
      </dd>
    </div>
  );
}
