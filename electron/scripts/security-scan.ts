/**
 * `npm run security`: Electronegativity (through its API) over the Electron code and the
 * renderer's HTML. Fails on any finding of medium severity or above, and on any file it could
 * not parse (a file it cannot read is a file it did not check). Runs offline: see loadScanner.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESKTOP_CSP } from '../../shared/content-security-policy.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);

export interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  description: string;
}

interface RawIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location: { line: number };
  description: string;
}

interface ScanResult {
  issues: RawIssue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}

type Scanner = (options: Record<string, unknown>) => Promise<ScanResult>;

export const FAILING_SEVERITIES = new Set(['MEDIUM', 'HIGH']);

/**
 * Checks left out, each for a reason that is not about our code:
 * - AvailableSecurityFixesGlobalCheck asks the network which Electron releases exist; npm test
 *   runs offline, and Electron's version is pinned and reviewed with every dependency update.
 */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/**
 * Electronegativity fetches translations over HTTP at start (it falls back to its bundled English
 * when that fails). Its HTTP client is replaced, for this process only, by one that fails at once,
 * so a scan never reaches the network and never waits for it.
 */
function loadScanner(): Scanner {
  const packageDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = require.resolve('got', { paths: [packageDir] });
  const offline = () => Promise.reject(new Error('offline: Prune scans without the network'));
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline } as NodeJS.Module;
  const quiet = console.log;
  console.log = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) quiet(...args);
  };
  const run = require('@doyensec/electronegativity') as Scanner;
  return async (options) => {
    try {
      return await run(options);
    } finally {
      console.log = quiet;
    }
  };
}

/**
 * What the scanner reads: electron/ as it is, and the renderer's index.html as the app serves it.
 * The app sends its CSP as a response header from the app:// handler, which a static scan cannot
 * see; the same policy is written into the page as a meta tag so the scanner evaluates the real one.
 */
export function prepareScanFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'prune-security-'));
  cpSync(path.join(root, 'electron'), path.join(folder, 'electron'), { recursive: true });
  mkdirSync(path.join(folder, 'renderer'));
  const html = readFileSync(path.join(root, 'renderer/index.html'), 'utf8');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${DESKTOP_CSP}" />`;
  writeFileSync(path.join(folder, 'renderer/index.html'), html.replace('<head>', `<head>\n    ${meta}`));
  return folder;
}

export async function scan(
  input: string,
  scanner: Scanner = loadScanner(),
): Promise<{ findings: Finding[]; unparsed: string[] }> {
  const electronVersion = (
    JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const result = await scanner({
    input,
    output: null,
    isSarif: false,
    customScan: [],
    excludeFromScan: EXCLUDED_CHECKS,
    severitySet: undefined,
    confidenceSet: undefined,
    isRelative: true,
    electronUpgrade: undefined,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });
  return {
    findings: result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      line: issue.location.line,
      description: issue.description,
    })),
    unparsed: result.errors.filter((error) => !error.tolerable).map((error) => `${error.file}: ${error.message}`),
  };
}

export const failing = (findings: readonly Finding[]): Finding[] =>
  findings.filter((finding) => FAILING_SEVERITIES.has(finding.severity));

async function main(): Promise<number> {
  const folder = prepareScanFolder();
  try {
    const { findings, unparsed } = await scan(folder);
    for (const f of findings)
      console.log(`${f.severity.padEnd(13)} ${f.id} ${f.file}:${f.line} (${f.confidence}): ${f.description}`);
    for (const file of unparsed) console.error(`could not parse ${file}`);
    const failures = failing(findings);
    if (failures.length > 0 || unparsed.length > 0) {
      console.error(
        `security: ${failures.length} finding(s) of medium severity or above, ${unparsed.length} unparsed file(s).`,
      );
      return 1;
    }
    console.log(`security: Electronegativity found nothing of medium severity or above (${findings.length} lower).`);
    return 0;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
