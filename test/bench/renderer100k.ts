/**
 * renderer100k: the window over 100,000 contacts, in the system Chromium at 1280×800,
 * through the browser host (the same renderer, bridge and core as the app). Needs the built
 * renderer and bridge (`npm run build`). Figures, in ms and MB:
 * - firstRowsMs: navigation start to the first named rows painted (median of 3 loads);
 * - frameP95Ms: p95 of frame times while the list is scrolled from top to bottom;
 * - heapMB: JS heap after that scroll, after a garbage collection (Chrome DevTools Protocol);
 * - keystrokeP95Ms: a key pressed in search to that query's rows painted, p95 over ~80 keys;
 * - keystrokeMedianMs: the same keys' median (steadier than the p95 on a shared, busy machine).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { RosterQuery } from '../../shared/domain.js';
import { openDatabase } from '../../electron/core/db/open-database.js';
import { runImport } from '../../electron/core/import/run-import.js';
import { queryRoster } from '../../electron/core/roster/roster-query.js';
import { toLinkedInConnectionsCsv } from '../../electron/core/sample/export-formats.js';
import { generateNetwork } from '../../electron/core/sample/generate-network.js';
import { createRandom } from '../../electron/core/sample/random.js';
import { startSampleHost } from '../helpers/sample-host.js';
import { median, percentile, round } from './stats.js';

const root = path.resolve(import.meta.dirname, '../..');

declare global {
  interface Window {
    __firstRowsAt?: number;
    __keyAt?: number;
  }
}

/** Records when the first named row is painted, from before the page's own scripts run. */
function watchFirstRows(): void {
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-testid="contact-row"]:not(.placeholder)')) {
      observer.disconnect();
      requestAnimationFrame(() => (window.__firstRowsAt = performance.now()));
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('keydown', () => (window.__keyAt = performance.now()), true);
}

async function scrollEndToEnd(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const body = document.querySelector<HTMLElement>('[data-testid="contact-list"] .table-body')!;
        const steps = 600;
        const step = (body.scrollHeight - body.clientHeight) / steps;
        const frames: number[] = [];
        let last = performance.now();
        let done = 0;
        const tick = (now: number) => {
          frames.push(now - last);
          last = now;
          body.scrollTop = Math.round(++done * step);
          if (done <= steps) requestAnimationFrame(tick);
          else resolve(frames.slice(2));
        };
        requestAnimationFrame(tick);
      }),
  );
}

/**
 * Waits for the list to show `count` people with `firstId` painted first; returns ms from the
 * keydown to the paint after the DOM showed them (a mutation observer sees the commit, then the
 * next frame's rAF plus a task: the frame that shows it has been produced).
 */
function rowsPaintedAfterKey(page: Page, count: number, firstId: number | undefined): Promise<number> {
  return page.evaluate(
    ([expected, first]) =>
      new Promise<number>((resolve) => {
        const shows = () => {
          const text = document.querySelector('[data-testid="shown-count"]')?.textContent ?? '';
          const shown = Number(text.split(' ')[0]!.replace(/\D/g, ''));
          const top = document.querySelector('[data-testid="contact-row"][aria-rowindex="2"]');
          return (
            shown === expected &&
            (first === undefined
              ? !top
              : top?.getAttribute('data-id') === String(first) && !top.classList.contains('placeholder'))
          );
        };
        const painted = () =>
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - window.__keyAt!), 0));
        if (shows()) return painted();
        const observer = new MutationObserver(() => {
          if (!shows()) return;
          observer.disconnect();
          painted();
        });
        const watch = { childList: true, subtree: true, characterData: true, attributeFilter: ['class', 'data-id'] };
        observer.observe(document.querySelector('[data-testid="shown-count"]')!, watch);
        observer.observe(document.querySelector('[data-testid="contact-list"]')!, watch);
      }),
    [count, firstId] as const,
  );
}

export interface Renderer100k {
  contacts: number;
  firstRowsMs: number;
  frameP95Ms: number;
  heapMB: number;
  keystrokeP95Ms: number;
  keystrokeMedianMs: number;
}

export async function benchRenderer(size = 100_000): Promise<Renderer100k> {
  if (
    !existsSync(path.join(root, 'dist/renderer/index.html')) ||
    !existsSync(path.join(root, 'dist/web/prune-bridge.js'))
  )
    throw new Error('renderer100k needs the built renderer and bridge: run `npm run build` first.');
  const network = generateNetwork({ seed: 100_000, size });
  const csv = new TextEncoder().encode(toLinkedInConnectionsCsv(network));
  const host = await startSampleHost(async (core) => {
    await runImport(core.db, [{ name: 'Connections.csv', bytes: csv }]);
  });
  const browser = await chromium.launch({
    executablePath: process.env.PRUNE_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    // tsx keeps function names with a __name helper that the page does not have.
    await context.addInitScript({ content: 'window.__name = (f) => f;' });
    await context.addInitScript(watchFirstRows);
    const page = await context.newPage();
    const loads: number[] = [];
    for (let run = 0; run < 4; run += 1) {
      await page.goto(host.url);
      await page.waitForFunction(() => window.__firstRowsAt !== undefined, null, { timeout: 60_000 });
      if (run > 0) loads.push(await page.evaluate(() => window.__firstRowsAt!)); // the first load warms the caches
    }

    const frames = await scrollEndToEnd(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

    await page.locator('[data-testid="contact-list"] .table-body').evaluate((element) => element.scrollTo(0, 0));
    // The expected answers come from a connection of their own: asking the host's connection would
    // fill its cache of recent answers with exactly the queries the page is about to send.
    const referee = openDatabase(host.core.db.name);
    const random = createRandom(11);
    const keys: number[] = [];
    for (let word = 0; word < 20;) {
      const person = random.pick(network.people);
      const term = random.pick([person.firstName, person.lastName]).slice(0, 4);
      if (!/^[A-Za-z]+$/.test(term)) continue; // keys a US keyboard has, so each one is a real keydown
      word += 1;
      await page.getByTestId('search-input').focus();
      for (let length = 1; length <= term.length; length += 1) {
        const expected = queryRoster(referee, RosterQuery.parse({ search: term.slice(0, length) })).ids;
        await page.keyboard.press(term[length - 1]!);
        keys.push(await rowsPaintedAfterKey(page, expected.length, expected[0]));
      }
      await page.keyboard.press('Escape');
      await page
        .getByTestId('shown-count')
        .filter({ hasText: /^[\d,]+ contacts$/ })
        .waitFor();
    }
    referee.close();
    return {
      contacts: size,
      firstRowsMs: round(median(loads)),
      frameP95Ms: round(percentile(frames, 95)),
      heapMB: round(heap.usedSize / 1024 / 1024),
      keystrokeP95Ms: round(percentile(keys, 95)),
      keystrokeMedianMs: round(median(keys)),
    };
  } finally {
    await browser.close();
    await host.close();
  }
}
