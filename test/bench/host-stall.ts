import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createCore, type HostKind } from '../../electron/core/core.js';
import { dispatch } from '../../electron/core/dispatch.js';
import type { ImportInputFile } from '../../electron/core/import/run-import.js';

/**
 * A hostile vCard of about `bytes`: one card whose quoted-printable note is folded with a soft
 * line break every 70 characters (issue 10: 4 MB of these once took 44 s to unfold).
 */
export function quotedPrintableCard(bytes: number): ImportInputFile {
  const piece = 'A note that goes on and on, folded as phones fold quoted-printable text'.slice(0, 70);
  const pieces = Array.from({ length: Math.ceil(bytes / (piece.length + 3)) }, () => piece);
  const card =
    'BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lovelace;Ada;;;\r\nTEL;CELL:+44 20 7946 0958\r\n' +
    `NOTE;ENCODING=QUOTED-PRINTABLE:${pieces.join('=\r\n')}\r\nEND:VCARD\r\n`;
  return { name: 'hostile.vcf', bytes: new TextEncoder().encode(card) };
}

/**
 * hostStallImport: the longest event-loop stall of the host (the browser host's core, which
 * imports in a worker thread, as Electron's does) while it imports `files` one after the other
 * into a roster file, through the same request handler the windows call. `hostKind: 'cli'`
 * measures the same imports on the host's own thread, for comparison.
 */
export async function benchHostStall(
  files: readonly ImportInputFile[],
  hostKind: HostKind,
): Promise<{ stall: number; ms: number }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'prune-stall-'));
  const core = await createCore({ dataDir, host: hostKind, version: 'bench' });
  const delay = monitorEventLoopDelay({ resolution: 2 });
  try {
    const start = performance.now();
    delay.enable();
    for (const file of files) {
      const result = await dispatch(core, 'importFiles', { files: [file] });
      if (!result.ok) throw new Error(`The stall benchmark's import failed: ${result.error.message}`);
    }
    delay.disable();
    return { stall: delay.max / 1e6, ms: performance.now() - start };
  } finally {
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The longest stall of a host doing nothing for `ms`: on a busy machine the operating system
 * deschedules the thread now and then, and no code can go below that.
 */
export async function benchIdleStall(ms: number): Promise<number> {
  const delay = monitorEventLoopDelay({ resolution: 2 });
  delay.enable();
  await new Promise((resolve) => setTimeout(resolve, ms));
  delay.disable();
  return delay.max / 1e6;
}
