import { useRef, type ReactNode } from 'react';
import { useStore } from '../../store/index.js';
import { rememberImportedFiles } from './remembered-files.js';

export const ACCEPTED_FILES = '.csv,.vcf,.vcard,.zip,.txt';

/** A button that opens the file picker; picked files go straight to the importer. */
export function ImportButton({ children, className }: { children: ReactNode; className?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const importFiles = useStore((s) => s.importFiles);
  const running = useStore((s) => s.importRunning);
  return (
    <>
      <button type="button" className={className} disabled={running} onClick={() => input.current?.click()}>
        {children}
      </button>
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
            rememberImportedFiles(files);
            void importFiles(files);
          }
        }}
      />
    </>
  );
}
