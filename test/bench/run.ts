/**
 * `npm run bench [-- --json] [-- --quick] [-- --renderer]`: speed figures for the roster, medians of
 * several runs on seeded, realistic networks. Targets live in docs/benchmarks.md; this
 * script reports, it never fails on a number. `--quick` runs tiny sizes once, to prove
 * the suite works (npm test uses it).
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RosterQuery } from '../../shared/domain.js';
import { backupsDir } from '../../electron/core/backup/backup-files.js';
import { quickCheck } from '../../electron/core/backup/roster-file-check.js';
import { takeRosterBackup } from '../../electron/core/backup/write-backup.js';
import { createCore, DATABASE_FILE } from '../../electron/core/core.js';
import { openDatabase, type Db } from '../../electron/core/db/open-database.js';
import { removeContacts } from '../../electron/core/declutter/removal.js';
import { undoLast } from '../../electron/core/history/undo-history.js';
import { parseImportFile } from '../../electron/core/import/parse-import-file.js';
import { runImport } from '../../electron/core/import/run-import.js';
import { queryRoster } from '../../electron/core/roster/roster-query.js';
import { rowsByIds } from '../../electron/core/roster/contact-reads.js';
import { toLinkedInConnectionsCsv, type ConnectionsEra } from '../../electron/core/sample/export-formats.js';
import { generateNetwork } from '../../electron/core/sample/generate-network.js';
import { createRandom } from '../../electron/core/sample/random.js';
import { benchFeedRefresh } from './feed-refresh.js';
import { benchFeedPage } from './feed-page.js';
import { median, percentile, round, timed, timedAsync } from './stats.js';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    renderer: { type: 'boolean', default: false },
  },
});

// `--renderer`: only the window over 100,000 contacts (Chromium; needs `npm run build`).
if (args.renderer) {
  const { benchRenderer } = await import('./renderer100k.js');
  const figures = await benchRenderer();
  console.log(args.json ? JSON.stringify(figures) : `renderer100k: ${JSON.stringify(figures)}`);
  process.exit(0);
}

const sizes = args.quick
  ? { importRows: 300, searchContacts: 1_000, runs: 1, searches: 40, feeds: 16 }
  : { importRows: 30_000, searchContacts: 100_000, runs: 5, searches: 400, feeds: 500 };
/** The feed's store (issue 11): 1,000,000 posts from 10,000 people with 200 muted, 100 snoozed, 100 capped, 50 words. */
const feedSizes = args.quick
  ? { posts: 5_000, people: 100, muted: 4, snoozed: 2, capped: 2, words: 5, samples: 3, depth: 500 }
  : { posts: 1_000_000, people: 10_000, muted: 200, snoozed: 100, capped: 100, words: 50, samples: 50, depth: 10_000 };

const work = mkdtempSync(path.join(os.tmpdir(), 'prune-bench-'));
let dbCounter = 0;
const freshDb = (): Db => openDatabase(path.join(work, `bench-${dbCounter++}.db`));
const log = (message: string): void => {
  if (!args.json) console.log(message);
};

/** A current export (with profile URLs), or a pre-2021 one (no URLs: people match by name and connection date). */
function connectionsFile(rows: number, era: ConnectionsEra = 'current'): { name: string; bytes: Uint8Array } {
  const csv = toLinkedInConnectionsCsv(generateNetwork({ seed: 30_000, size: rows }), { era });
  return { name: 'Connections.csv', bytes: new TextEncoder().encode(csv) };
}

async function benchImport(file: { name: string; bytes: Uint8Array }) {
  const first: number[] = [];
  const again: number[] = [];
  for (let run = 0; run < sizes.runs; run += 1) {
    const db = freshDb();
    first.push((await timedAsync(() => runImport(db, [file]))).ms);
    again.push((await timedAsync(() => runImport(db, [file]))).ms);
    db.close();
  }
  return { import: median(first), reimport: median(again) };
}

/** The baseline importRatio is measured against: the sqlite3 shell loading the same CSV into a plain table (C parser, no index). */
function benchSqliteCli(file: { bytes: Uint8Array }): number | null {
  const csvPath = path.join(work, 'connections.csv');
  writeFileSync(csvPath, file.bytes);
  const times: number[] = [];
  for (let run = 0; run < sizes.runs; run += 1) {
    const dbPath = path.join(work, `cli-${run}.db`);
    // --skip 3 passes LinkedIn's preamble (Notes:, the paragraph, the blank line).
    const result = timed(() =>
      spawnSync('sqlite3', [dbPath, `.import --csv --skip 3 '${csvPath}' connections`], { encoding: 'utf8' }),
    );
    if (result.value.error || result.value.status !== 0) return null;
    times.push(result.ms);
  }
  return median(times);
}

/**
 * What no importer on this stack can go below, for reading importRatio: parsing the file in
 * JavaScript (`parse30k`), and better-sqlite3 writing the parsed rows into ONE bare table with
 * no index, one prepared statement per row, one transaction (`bareInsert30k`). Prune's import
 * does both and then writes its indexes, identity keys, sources and full-text index.
 */
function benchFloor(file: { name: string; bytes: Uint8Array }): { parse: number; bareInsert: number } {
  const parses: number[] = [];
  const inserts: number[] = [];
  for (let run = 0; run < sizes.runs; run += 1) {
    const parsed = timed(() => parseImportFile(file.name, file.bytes));
    parses.push(parsed.ms);
    if (!parsed.value.ok) throw new Error(`The benchmark file did not parse: ${parsed.value.error.message}`);
    const people = parsed.value.file.people;
    const db = new Database(path.join(work, `floor-${run}.db`));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(
      'CREATE TABLE people (first TEXT, last TEXT, url TEXT, email TEXT, company TEXT, position TEXT, connected TEXT)',
    );
    const insert = db.prepare('INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?)');
    inserts.push(
      timed(() =>
        db.transaction(() => {
          for (const p of people) {
            insert.run(
              p.firstName,
              p.lastName,
              p.profileUrl,
              p.emails[0] ?? null,
              p.company,
              p.position,
              p.connectedOn,
            );
          }
        })(),
      ).ms,
    );
    db.close();
  }
  return { parse: median(parses), bareInsert: median(inserts) };
}

/** Prefixes of 1–4 characters and whole words, drawn from the network's own names and companies. */
function searchTerms(count: number, network: ReturnType<typeof generateNetwork>): string[] {
  const random = createRandom(7);
  const terms: string[] = [];
  while (terms.length < count) {
    const person = random.pick(network.people);
    const word = random.pick([person.firstName, person.lastName, person.company.split(/[ ,]+/)[0] ?? person.company]);
    const length = random.int(1, 5);
    terms.push(length === 5 ? word : word.slice(0, length));
  }
  return terms;
}

/** On the 100k roster: search latency, then removing and undoing 10% of it as one batch. */
async function benchRoster(file: string) {
  const network = generateNetwork({ seed: 100_000, size: sizes.searchContacts });
  const db = openDatabase(file);
  await runImport(db, [
    { name: 'Connections.csv', bytes: new TextEncoder().encode(toLinkedInConnectionsCsv(network)) },
  ]);
  const times = searchTerms(sizes.searches, network).map(
    (search) => timed(() => queryRoster(db, RosterQuery.parse({ search }))).ms,
  );
  const batch = queryRoster(db, RosterQuery.parse({})).ids.filter((_, index) => index % 10 === 0);
  const removals: number[] = [];
  const undos: number[] = [];
  const now = new Date().toISOString();
  for (let run = 0; run < sizes.runs; run += 1) {
    removals.push(timed(() => removeContacts(db, batch, 'benchmark', now)).ms);
    undos.push(timed(() => undoLast(db, now)).ms);
  }
  db.close();
  return {
    search: { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) },
    batchSize: batch.length,
    remove: median(removals),
    undo: median(undos),
  };
}

/**
 * Opening the 100k roster the way the app does until the list can be served: createCore (open,
 * migrations check, trash purge, the daily-backup decision) plus the default query and the first
 * screen of rows. The quick_check and the daily backup run after first paint, so they are
 * reported on their own.
 */
async function benchStartup(dataDir: string) {
  const opens: number[] = [];
  const checks: number[] = [];
  const backups: number[] = [];
  for (let run = 0; run < sizes.runs; run += 1) {
    const opened = await timedAsync(async () => {
      const core = await createCore({ dataDir, host: 'cli', version: 'bench' });
      const { ids } = queryRoster(core.db, RosterQuery.parse({}));
      rowsByIds(core.db, ids.slice(0, 60));
      return core;
    });
    opens.push(opened.ms);
    const core = opened.value;
    checks.push(timed(() => quickCheck(core.db)).ms);
    const backup = await timedAsync(() => takeRosterBackup(core.db, dataDir, 'daily', new Date()));
    backups.push(backup.ms);
    core.close();
    rmSync(backupsDir(dataDir), { recursive: true, force: true });
  }
  return { open: median(opens), quickCheck: median(checks), backup: median(backups) };
}

try {
  log(`Prune benchmarks (${args.quick ? 'quick smoke run' : `medians of ${sizes.runs} runs`})`);
  const file = connectionsFile(sizes.importRows);
  const imports = await benchImport(file);
  log(`import ${sizes.importRows} rows: ${round(imports.import)} ms; re-import: ${round(imports.reimport)} ms`);
  const oldEra = await benchImport(connectionsFile(sizes.importRows, 'pre2021'));
  log(`re-import of a pre-2021 export (no profile URLs): ${round(oldEra.reimport)} ms`);
  const sqliteCli = benchSqliteCli(file);
  log(sqliteCli === null ? 'sqlite3 CLI not available: no baseline' : `sqlite3 CLI .import: ${round(sqliteCli)} ms`);
  const floor = benchFloor(file);
  log(`floor: parse ${round(floor.parse)} ms + bare better-sqlite3 insert ${round(floor.bareInsert)} ms`);
  const rosterDir = path.join(work, 'roster');
  mkdirSync(rosterDir);
  const roster = await benchRoster(path.join(rosterDir, DATABASE_FILE));
  const search = roster.search;
  log(`search ${sizes.searchContacts} contacts: p50 ${search.p50} ms, p95 ${search.p95} ms`);
  log(`remove ${roster.batchSize} of them as one batch: ${round(roster.remove)} ms; undo: ${round(roster.undo)} ms`);
  const feeds = await benchFeedRefresh(sizes.feeds, 20, sizes.runs);
  log(
    `refresh ${sizes.feeds} feeds of 20 posts: ${round(feeds.refresh)} ms; all 304: ${round(feeds.refreshNotModified)} ms`,
  );
  const feedPages = benchFeedPage(path.join(work, 'feed-page.db'), feedSizes);
  log(
    `feed over ${feedSizes.posts} posts: first page p50 ${feedPages.feedPage1M.p50} ms, p95 ${feedPages.feedPage1M.p95} ms; ` +
      `${feedSizes.depth} deep p50 ${feedPages.feedDeepPage1M.p50} ms, p95 ${feedPages.feedDeepPage1M.p95} ms; ` +
      `word + cap until the next page: ${feedPages.hideApply1M} ms (store built in ${feedPages.build} ms)`,
  );
  const startup = await benchStartup(rosterDir);
  log(`open ${sizes.searchContacts} contacts until the list is served: ${round(startup.open)} ms`);
  log(`after first paint: quick_check ${round(startup.quickCheck)} ms, daily backup ${round(startup.backup)} ms`);

  // With --quick the sizes differ from the names; `quick` and `sizes` say so.
  const report = {
    quick: args.quick,
    runs: sizes.runs,
    sizes: {
      importRows: sizes.importRows,
      searchContacts: sizes.searchContacts,
      feeds: sizes.feeds,
      feedPosts: feedSizes.posts,
    },
    import30k: round(imports.import),
    sqliteCli30k: sqliteCli === null ? null : round(sqliteCli),
    importRatio: sqliteCli === null ? null : round(imports.import / sqliteCli),
    parse30k: round(floor.parse),
    bareInsert30k: round(floor.bareInsert),
    floorRatio: sqliteCli === null ? null : round((floor.parse + floor.bareInsert) / sqliteCli),
    reimport30k: round(imports.reimport),
    reimportOldEra30k: round(oldEra.reimport),
    search100k: search,
    remove10k: round(roster.remove),
    undo10k: round(roster.undo),
    refresh500: round(feeds.refresh),
    refresh500NotModified: round(feeds.refreshNotModified),
    feedPage1M: feedPages.feedPage1M,
    feedDeepPage1M: feedPages.feedDeepPage1M,
    hideApply1M: feedPages.hideApply1M,
    coreOpen100k: round(startup.open),
    quickCheck100k: round(startup.quickCheck),
    dailyBackup100k: round(startup.backup),
  };
  if (args.json) console.log(JSON.stringify(report));
  else log(`importRatio: ${report.importRatio ?? 'n/a'} (floor for this stack: ${report.floorRatio ?? 'n/a'})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
