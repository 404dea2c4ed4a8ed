import { Button } from '../../components/Button.js';
import { useStore } from '../../store/index.js';

/**
 * A quiet, persistent note while the roster holds the sample network: the way out is one click
 * away, in every view, until the user starts over.
 */
export function SampleBanner() {
  const sampleLoaded = useStore((s) => s.rosterOrigin?.sampleLoaded ?? false);
  const askStartOver = useStore((s) => s.askStartOver);
  if (!sampleLoaded) return null;
  return (
    <div className="sample-banner" role="status" data-testid="sample-banner">
      <span>You're exploring a sample network of made-up people.</span>
      <Button variant="ghost" data-testid="sample-banner-start-over" onClick={askStartOver}>
        Start with your own network
      </Button>
    </div>
  );
}
