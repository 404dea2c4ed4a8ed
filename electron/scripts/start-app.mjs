// What `npm start` does, with its steps injected so the fallback is tested without Electron.

/**
 * The one line worth showing from a failure: the last meaningful line of what the failing
 * command wrote, else of the error's own message ("Command failed: …" says nothing).
 */
export function oneLine(error) {
  const meaningful = (text) =>
    String(text ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !/^at\s/.test(line) && !/^\^+$/.test(line));
  const said = meaningful(error?.stderr?.toString?.());
  const line = said.at(-1) ?? meaningful(error?.message ?? String(error)).at(-1) ?? 'unknown error';
  return inWords(line);
}

/** Network failures of the downloader, said for people ("ENOTFOUND github.com" means little to most). */
const NETWORK_WORDS = [
  [
    /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (\S+)/,
    (host) => `${host} cannot be reached (offline, or a network that blocks it)`,
  ],
  [
    /ECONNREFUSED|ECONNRESET|ETIMEDOUT|socket hang up/,
    () => 'the download server did not answer (offline, or a proxy in the way)',
  ],
  [/Response code (\d{3})/, (code) => `the download server refused it (HTTP ${code})`],
];

function inWords(line) {
  for (const [pattern, say] of NETWORK_WORDS) {
    const match = pattern.exec(line);
    if (match) return `Electron could not be downloaded: ${say(match[1])}`;
  }
  return line;
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
