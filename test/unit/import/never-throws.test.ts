import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/core/import/decode-text.js';
import { parseImportFile } from '../../../electron/core/import/parse-import-file.js';
import { parseVcards } from '../../../electron/core/import/vcard.js';
import * as shapes from '../../integration/real-shapes/files.js';
import { corpusBytes } from './helpers.js';

const connections = new TextDecoder().decode(corpusBytes('linkedin', 'Connections.csv'));
const vcards = new TextDecoder().decode(corpusBytes('vcard', 'contacts.vcf'));
const messages = new TextDecoder().decode(corpusBytes('linkedin', 'messages.csv'));

/** A valid file with arbitrary text spliced in somewhere: the nastiest realistic damage. */
const splicedInto = (base: string) =>
  fc
    .tuple(fc.nat({ max: base.length }), fc.string({ unit: 'binary', maxLength: 80 }))
    .map(([at, junk]) => base.slice(0, at) + junk + base.slice(at));

const isOutcome = (outcome: ReturnType<typeof parseImportFile>): boolean =>
  outcome.ok
    ? Array.isArray(outcome.file.people)
    : typeof outcome.error.message === 'string' && outcome.error.line >= 0;

describe('parsers never throw', () => {
  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(isOutcome(parseImportFile('x', bytes))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on valid exports with arbitrary text spliced in', () => {
    for (const base of [connections, vcards, messages]) {
      fc.assert(
        fc.property(splicedInto(base), (text) => {
          expect(isOutcome(parseImportFile('x', new TextEncoder().encode(text)))).toBe(true);
        }),
        { numRuns: 150 },
      );
    }
  });

  it('on the shapes of real exports (issue 8) with arbitrary text spliced in', () => {
    const bases = [
      shapes.messagesWithCommas,
      shapes.messages2018,
      shapes.connectionsSemicolon,
      shapes.connectionsTab,
      shapes.connectionsMixedDates,
      shapes.googleFamily,
      shapes.followingHeaderless,
    ];
    for (const base of bases) {
      fc.assert(
        fc.property(splicedInto(base), fc.constantFrom(undefined, 'blocked' as const), (text, listKind) => {
          const bytes = new TextEncoder().encode(text);
          expect(isOutcome(parseImportFile('following_accounts.csv', bytes, { listKind }))).toBe(true);
        }),
        { numRuns: 60 },
      );
    }
  });

  it('vCard reader and text decoder on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(typeof parseVcards(text).ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array(), (bytes) => {
        expect(typeof decodeText(bytes).text).toBe('string');
      }),
    );
  });

  it('on a zip header followed by junk', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (junk) => {
        const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...junk]);
        expect(parseImportFile('x.zip', bytes).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
