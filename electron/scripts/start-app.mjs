// What `npm start` does, with its steps injected so the fallback is tested without Electron.

/** The one line worth showing from a failure: the last non-empty line of what it said. */
export function oneLine(error) {
  const text = [error?.stderr?.toString?.() ?? '', error?.message ?? String(error)].join('\n');
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^at\s/.test(line) && !/^\^+$/.test(line));
  return lines.at(-1) ?? 'unknown error';
}

/**
 * Starts the desktop app, or, when Electron cannot be had (offline, a locked-down network)
 * or `--web` asks for it, the same roster in the browser host.
 * steps: { prepareDesktop(): Promise<binding>, startDesktop(binding, args), startWeb(args), log, warn }
 */
export async function startApp(argv, steps) {
  const web = argv.includes('--web');
  const args = argv.filter((arg) => arg !== '--web');
  if (!web) {
    let binding;
    try {
      binding = await steps.prepareDesktop();
    } catch (error) {
      steps.warn(`Prune could not start as a desktop app: ${oneLine(error)}`);
      steps.warn('Opening the same roster in your browser instead (`npm start -- --web` does this on purpose).');
      return steps.startWeb(args);
    }
    return steps.startDesktop(binding, args);
  }
  return steps.startWeb(args);
}
