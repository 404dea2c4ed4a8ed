import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../electron/core/feed/feed-text.js';
import { parseFeed } from '../../../electron/core/feed/parse-feed.js';
import { feedCorpusBytes, feedCorpusPath } from '../../helpers/feed-corpus.js';

/** The Universal Feed Parser's own test files and what it expects of each first entry (see the corpus README). */
interface ManifestCase {
  file: string;
  kind: 'title' | 'link' | 'id' | 'date' | 'summary';
  field?: 'published' | 'updated';
  expected: string;
  valueType?: 'text' | 'html' | 'raw';
  documentUrl?: string;
}
interface Manifest {
  cases: ManifestCase[];
  extraCases: ManifestCase[];
  filesWithoutCases: { file: string }[];
}

const manifest = JSON.parse(readFileSync(feedCorpusPath('feedparser', 'manifest.json'), 'utf8')) as Manifest;

function actualValue(testCase: ManifestCase): string | null | undefined {
  const result = parseFeed(feedCorpusBytes('feedparser', testCase.file), { url: testCase.documentUrl ?? null });
  if (!result.ok) return `(failed: ${result.failure.message})`;
  const post = result.feed.posts[0];
  if (testCase.kind === 'title') return post?.title;
  if (testCase.kind === 'link') return post?.link;
  if (testCase.kind === 'id') return post?.guid;
  if (testCase.kind === 'summary') return post?.summaryHtml;
  return testCase.field === 'published' ? post?.published : post?.updated;
}

/** Prune's titles are plain text, so an HTML expectation is compared as its text; dates as instants. */
function holds(testCase: ManifestCase, actual: string | null | undefined): boolean {
  if (actual == null) return false;
  if (testCase.kind === 'date') return Date.parse(actual) === Date.parse(testCase.expected);
  if (testCase.kind === 'summary') return htmlToText(actual) === htmlToText(testCase.expected);
  if (testCase.valueType === 'html') return actual === htmlToText(testCase.expected);
  return actual === testCase.expected;
}

describe('the Universal Feed Parser corpus', () => {
  it('holds at least 110 of the 117 first-entry expectations', () => {
    expect(manifest.cases).toHaveLength(117);
    const failing = manifest.cases
      .map((testCase) => ({ testCase, actual: actualValue(testCase) }))
      .filter(({ testCase, actual }) => !holds(testCase, actual))
      .map(
        ({ testCase, actual }) =>
          `${testCase.file} [${testCase.kind}]: expected ${JSON.stringify(testCase.expected)}, got ${JSON.stringify(actual)}`,
      );
    const held = manifest.cases.length - failing.length;
    console.log(`feedparser corpus: ${held}/${manifest.cases.length} hold. Failing:\n  ${failing.join('\n  ')}`);
    expect(held).toBeGreaterThanOrEqual(110);
  });

  it('reads the encoding tests’ summaries (Windows-1252, EUC-KR) as their text', () => {
    const failing = manifest.extraCases.filter((testCase) => !holds(testCase, actualValue(testCase)));
    console.log(`feedparser summaries: failing ${failing.map((testCase) => testCase.file).join(', ') || 'none'}`);
    // demoronize-1 and double-encoded-html expect the peer's repairs of broken publishers' bytes.
    expect(manifest.extraCases.length - failing.length).toBeGreaterThanOrEqual(4);
  });

  it('parses the encoding files without a case (UTF-16/32 with and without BOM, big5, EUC-KR, no charset)', () => {
    const failing = manifest.filesWithoutCases
      .map(({ file }) => ({ file, result: parseFeed(feedCorpusBytes('feedparser', file)) }))
      .filter(({ result }) => !result.ok)
      .map(({ file, result }) => `${file}: ${result.ok ? '' : result.failure.message}`);
    console.log(
      `feedparser encoding files: ${manifest.filesWithoutCases.length - failing.length}/${manifest.filesWithoutCases.length} parse. Failing:\n  ${failing.join('\n  ')}`,
    );
    // The two encoding_attribute_crash files carry an encoding attribute on an element the XML layer rejects.
    expect(failing.length).toBeLessThanOrEqual(2);
  });
});
