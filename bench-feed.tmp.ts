import { benchFeedPage } from "./test/bench/feed-page.js";
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
const dir = mkdtempSync(path.join(os.tmpdir(), 'fb-'));
const n = Number(process.argv[2] ?? 100000);
console.log(JSON.stringify(benchFeedPage(path.join(dir, 'b.db'), { posts: n, people: n / 100, muted: 200 * n / 1e6 | 0 || 2, snoozed: 100 * n / 1e6 | 0 || 1, capped: 100 * n / 1e6 | 0 || 1, words: 50, samples: 30, depth: 10000 })));
