/**
 * The headless CLI over the same core and the same dispatch as the app: `prune <command> [options]`.
 * Exit codes: 0 success, 1 usage or database error, 2 a file could not be imported at all.
 */
import { UsageError } from './arguments.js';
import { backupCommand, restoreBackupCommand } from './backup-commands.js';
import {
  exportCommand,
  purgeCommand,
  redoCommand,
  removeCommand,
  restoreCommand,
  undoCommand,
} from './declutter-commands.js';
import { mergesCommand } from './merge-commands.js';
import { feedCommand } from './feed-commands.js';
import {
  capCommand,
  hiddenCommand,
  hideCommand,
  muteCommand,
  muteWordCommand,
  uncapCommand,
  unmuteCommand,
  unmuteWordCommand,
} from './hide-commands.js';
import { contactsCommand, importCommand } from './roster-commands.js';
import { protectCommand, reviewCommand, rulesCommand } from './rules-commands.js';
import { reconnectCommand } from './reconnect-commands.js';
import { startOverCommand } from './start-over-command.js';
import { CoreFailure } from './with-core.js';

const USAGE = `Usage:
  prune import <file...> [--db <path>] [--json] [--as following|blocked|muted]
  prune contacts [--db <path>] [--search <text>] [--status active|trashed|removed] [--json]
  prune remove <id...|-> [--db <path>] [--reason <text>]   move to the trash (nobody is notified)
  prune restore <id...|-> [--db <path>]                    bring back from the trash (or the removed)
  prune merges list [--db <path>] [--json]                 possible duplicates to review
  prune merges accept|dismiss <id> [--db <path>]           merge the pair, or never propose it again
  prune undo [--db <path>]                                 reverse the last remove, restore, merge or hide
  prune redo [--db <path>]                                 apply again what undo reversed
  prune purge [--db <path>] [--days N]                     trash older than N days (default 30) becomes tombstones
  prune backup --out <file> [--db <path>]                  a verified copy of the roster
  prune restore-backup <file> [--db <path>]                replace the roster with a backup (the current one is kept)
  prune export --format vcard|csv|mastodon-following|linkedin-checklist|audit-log --out <file> [--db <path>]
  prune feed add <contactId> <url|@user@domain>            subscribe a person to a feed, a website or a Mastodon account
  prune feed subscriptions [--contact id] [--json]          every feed with its status, last fetch, error and posts
  prune feed refresh [--json]                               fetch every feed now
  prune feed list [--all] [--contact id] [--limit n] [--json]   updates, newest first (--all: hidden ones too)
  prune feed import-opml <file> [--new-people]              subscribe people to an OPML file's feeds
  prune feed export-opml --out <file>                       every subscription as OPML
  prune hide <postId>                                       hide one update
  prune mute <contactId> [--days n]                         hide a person's updates (for n days: a snooze)
  prune unmute <contactId>                                  end a mute or snooze
  prune cap <contactId> --per day|week --max n              show only a person's first n updates per day or week
  prune uncap <contactId>                                   end a cap
  prune mute-word <text> [--days n]                         hide updates with these words (any case or accent)
  prune unmute-word <text>                                  end a muted word
  prune hidden [--json]                                     every hide rule, when it ends, what it hid in 30 days
  prune rules list|run [--json] | add <file.json> | enable|disable <id> | dry-run <id|file.json> [--json]
  prune rules export | import <file.json>                   rules as JSON (imported rules start disabled)
  prune review list [--json] | accept|dismiss <id...>      proposals the rules made (accepting is undoable)
  prune protect|unprotect <contactId>                      never suggest this person (or again)
  prune reconnect plan <contactId> [--json]                addresses to reach them again, and the message
  prune reconnect mark <contactId> --status drafted|sent|withdrawn|accepted|refused [--via <address>] [--note <text>]
  prune reconnect list [--json]                            attempts: open ones oldest first, then closed
  prune reconnect add-address <contactId> <address>        an email or @handle@server typed by hand
  prune start-over --yes [--db <path>]                     empty the roster (a verified backup is kept first)

"-" reads contact ids from standard input, one per line.
--as says what a Mastodon list of one address per line holds, where its file name does not.
--db defaults to the desktop app's roster (PRUNE_DATA_DIR overrides its folder).`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  import: importCommand,
  contacts: contactsCommand,
  remove: removeCommand,
  restore: restoreCommand,
  undo: undoCommand,
  redo: redoCommand,
  merges: mergesCommand,
  backup: backupCommand,
  'restore-backup': restoreBackupCommand,
  purge: purgeCommand,
  export: exportCommand,
  feed: feedCommand,
  hide: hideCommand,
  mute: muteCommand,
  unmute: unmuteCommand,
  cap: capCommand,
  uncap: uncapCommand,
  'mute-word': muteWordCommand,
  'unmute-word': unmuteWordCommand,
  hidden: hiddenCommand,
  rules: rulesCommand,
  review: reviewCommand,
  protect: protectCommand(true),
  unprotect: protectCommand(false),
  reconnect: reconnectCommand,
  'start-over': startOverCommand,
};

/** Runs one command line; returns the exit code. Tests call it in-process. */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(USAGE);
    return name ? 0 : 1;
  }
  try {
    const command = commands[name];
    if (!command) throw new UsageError(`Unknown command "${name}".`);
    return await command(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 1;
    }
    if (error instanceof CoreFailure) {
      console.error(`prune: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
