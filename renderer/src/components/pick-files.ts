import { ACCEPTED_FILES } from './accepted-files.js';

/** The system's file picker, for the application menu's Import… (no button was clicked). */
export function pickFiles(): Promise<File[]> {
  return new Promise((resolve) => {
    const input = Object.assign(document.createElement('input'), {
      type: 'file',
      multiple: true,
      accept: ACCEPTED_FILES,
    });
    input.addEventListener('change', () => resolve([...(input.files ?? [])]));
    input.addEventListener('cancel', () => resolve([]));
    input.click();
  });
}
