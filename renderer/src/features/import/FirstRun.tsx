import { Button } from '../../components/Button.js';
import { useStore } from '../../store/index.js';
import { ImportButton } from './ImportButton.js';

const HOW_TO_EXPORT: { service: string; steps: string }[] = [
  {
    service: 'LinkedIn',
    steps:
      'Me → Settings & Privacy → Data privacy → Get a copy of your data. Pick Connections (and Messages, Invitations), request the archive, and import the downloaded .zip as it is.',
  },
  { service: 'Google Contacts', steps: 'contacts.google.com → Export → Google CSV.' },
  { service: 'Outlook', steps: 'File → Open & Export → Import/Export → Export to a file → Comma Separated Values.' },
  {
    service: 'Apple Contacts, phones',
    steps: 'Select all contacts → File → Export → Export vCard (Android: Contacts → Export to .vcf).',
  },
  { service: 'Mastodon', steps: 'Preferences → Import and export → Data export → Follows, Mutes or Blocks (CSV).' },
];

export function FirstRun() {
  const loadSample = useStore((s) => s.loadSample);
  const running = useStore((s) => s.importRunning);
  return (
    <section className="first-run" data-testid="first-run" aria-labelledby="first-run-title">
      <h1 id="first-run-title">Bring your network into one place</h1>
      <p className="lead">
        Prune reads the files LinkedIn, your address books and Mastodon let you export. Everything stays on this
        computer.
      </p>
      <div className="first-run-actions">
        <div className="card">
          <h2>Import your network</h2>
          <p>Choose files or drop them anywhere on this window. Prune recognizes each one by its content.</p>
          <ImportButton variant="primary">Choose files…</ImportButton>
        </div>
        <div className="card">
          <h2>Just looking?</h2>
          <p>
            Explore a realistic sample network of 2,000 people with messages, an address book and Mastodon follows. Some
            of them arrive twice, as a Mastodon handle, until you accept the merges Prune proposes.
          </p>
          <Button data-testid="sample-button" disabled={running} onClick={() => void loadSample()}>
            Try a sample network
          </Button>
        </div>
      </div>
      <h2 className="how-to-title">How to export</h2>
      <dl className="how-to">
        {HOW_TO_EXPORT.map(({ service, steps }) => (
          <div key={service}>
            <dt>{service}</dt>
            <dd>{steps}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
