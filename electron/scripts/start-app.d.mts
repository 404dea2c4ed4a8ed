export function oneLine(error: unknown): string;
export interface StartSteps {
  prepareDesktop(): Promise<string>;
  startDesktop(binding: string, args: string[]): unknown;
  startWeb(args: string[]): unknown;
  log(line: string): void;
  warn(line: string): void;
}
export function startApp(argv: readonly string[], steps: StartSteps): Promise<unknown>;
