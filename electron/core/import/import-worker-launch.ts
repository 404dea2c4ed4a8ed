import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** How to start the import worker from a given module: its script, and how to load it. */
export interface ImportWorkerLaunch {
  /** Absolute path of the worker's script. */
  script: string;
  /** The script is TypeScript source (tests, the CLI and the browser host under tsx): load it through tsx. */
  typescript: boolean;
  /** better_sqlite3.node for the worker's connection, when the default lookup would not find it. */
  nativeBinding: string | undefined;
}

const ASAR = /([\\/])app\.asar([\\/])/;

/** Files in `app.asar` that must live outside it are unpacked beside it, in `app.asar.unpacked`. */
export const unpackedPath = (file: string): string => file.replace(ASAR, '$1app.asar.unpacked$2');

/**
 * Where the import worker is, seen from `moduleUrl`: the URL of the running core module (its
 * `.ts` source) or of the Electron main bundle (`dist/electron/main.cjs`), whose build writes the
 * worker beside it as `import-worker.cjs`. In the packaged app that file is unpacked from the
 * asar archive (electron-builder.yml), and so is better-sqlite3, but not the `bindings` package
 * its default lookup needs: the worker is then given the `.node` file's path outright.
 */
export function importWorkerLaunch(moduleUrl: string, nativeBinding: string | undefined): ImportWorkerLaunch {
  const here = fileURLToPath(moduleUrl);
  const dir = path.dirname(here);
  if (here.endsWith('.ts')) return { script: path.join(dir, 'import-worker.ts'), typescript: true, nativeBinding };
  const packaged = ASAR.test(here);
  const script = path.join(dir, 'import-worker.cjs');
  const appRoot = path.resolve(dir, '..', '..');
  const bundledBinding = path.join(
    appRoot,
    'node_modules',
    'better-sqlite3',
    'build',
    'Release',
    'better_sqlite3.node',
  );
  return {
    script: packaged ? unpackedPath(script) : script,
    typescript: false,
    nativeBinding: nativeBinding ?? (packaged ? unpackedPath(bundledBinding) : undefined),
  };
}
