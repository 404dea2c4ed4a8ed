import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { plural } from '../../components/format.js';
import { useStore } from '../../store/index.js';

/** Feeds of an OPML file that matched nobody: add them as new people, or skip them. */
export function OpmlLeftOverDialog() {
  const leftOver = useStore((s) => s.opmlLeftOver);
  const resolve = useStore((s) => s.resolveOpmlLeftOver);
  if (!leftOver) return null;
  const { unmatched, subscribed } = leftOver.result;
  return (
    <Dialog
      testId="opml-leftover"
      title={`${plural(unmatched.length, 'feed')} matched no one`}
      onCancel={() => void resolve(false)}
      onConfirm={() => void resolve(true)}
      wide
      actions={
        <>
          <Button onClick={() => void resolve(false)}>Skip them</Button>
          <Button variant="primary" data-testid="opml-create-people" onClick={() => void resolve(true)}>
            Add {plural(unmatched.length, 'new person', 'new people')}
          </Button>
        </>
      }
    >
      <p>
        {plural(subscribed.length, 'feed')} matched people in your roster by feed, site or name. These did not; Prune
        can add each as a new person with their feed.
      </p>
      <ul className="plain-list opml-list">
        {unmatched.map((outline) => (
          <li key={outline.xmlUrl}>
            <strong>{outline.title ?? outline.xmlUrl}</strong> <span className="muted">{outline.xmlUrl}</span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
