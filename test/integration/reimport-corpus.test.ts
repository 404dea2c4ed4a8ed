import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../electron/core/import/run-import.js';
import { corpusFile } from '../helpers/corpus-files.js';
import { memoryCore } from '../helpers/memory-core.js';
import { corpusPath } from '../helpers/temp-dir.js';

/** Every importable file of ../shared/corpus, as it is (feeds are not contact files). */
const corpusFiles = ['linkedin', 'mastodon', 'csv', 'vcard', 'vcard/clients'].flatMap((folder) =>
  readdirSync(corpusPath(folder), { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('LICENSE'))
    .map((entry) => `${folder}/${entry.name}`),
);

describe('re-importing each corpus file', () => {
  it.each(corpusFiles)('%s: the second import adds no one', async (file) => {
    const core = memoryCore();
    const count = () => core.db.prepare('SELECT count(*) FROM contacts').pluck().get() as number;
    try {
      // A header-less list whose name says nothing (utf8-followers.txt) is imported as the user would say.
      const input = { ...corpusFile(...file.split('/')), listKind: 'following' as const };
      const first = await runImport(core.db, [input]);
      expect(first.files.map((f) => f.error)).toEqual(first.files.map(() => null));
      const afterFirst = count();
      const second = await runImport(core.db, [input]);
      expect(second.added).toBe(0);
      expect(count()).toBe(afterFirst);
    } finally {
      core.close();
    }
  });
});
