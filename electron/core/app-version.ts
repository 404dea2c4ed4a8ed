import { readFileSync } from 'node:fs';

/** The version in package.json, read once; hosts pass it to the core. */
export function readAppVersion(packageJsonUrl: URL): string {
  try {
    return (JSON.parse(readFileSync(packageJsonUrl, 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
