/** The `prune` command's entry point (see cli.ts). */
import { runCli } from './cli.js';

process.exitCode = await runCli(process.argv.slice(2));
