import type { ExportResult } from '../../../shared/domain.js';

/** Hands an export to the browser's download (the Electron host saves it the same way for now). */
export function downloadFile(result: ExportResult): void {
  const url = URL.createObjectURL(new Blob([result.text], { type: `${result.mediaType};charset=utf-8` }));
  const link = Object.assign(document.createElement('a'), { href: url, download: result.fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
