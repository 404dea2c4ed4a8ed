import { useRef, type ReactNode } from 'react';
import { Button, type ButtonVariant } from '../../components/Button.js';
import { ACCEPTED_FILES } from '../../components/accepted-files.js';
import { useStore } from '../../store/index.js';

/** A button that opens the file picker; picked files go straight to the importer. */
export function ImportButton({ children, variant }: { children: ReactNode; variant?: ButtonVariant }) {
  const input = useRef<HTMLInputElement>(null);
  const importFiles = useStore((s) => s.importFiles);
  const running = useStore((s) => s.importRunning);
  return (
    <>
      <Button variant={variant} disabled={running} onClick={() => input.current?.click()}>
        {children}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={ACCEPTED_FILES}
        data-testid="import-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) {
            void importFiles(files);
          }
        }}
      />
    </>
  );
}
