import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import { documentFingerprint, loadTrustedDocuments } from './trusted-documents';

describe('trusted documents', () => {
  const manifestText =
    'fragment Card on Person { __typename id displayName } query People($first: Int!) { people(first: $first) { __typename edges { __typename node { __typename ...Card } } } }';

  it('recognises the same operation however it is laid out or ordered', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'trusted-'));
    const file = path.join(dir, 'persisted-documents.json');
    writeFileSync(file, JSON.stringify({ 'sha256:abc': manifestText }));
    const trusted = loadTrustedDocuments(file);
    // As Apollo Client sends it: fields as written, __typename last, operation first.
    const sentByClient = parse(`
      query People($first: Int!) {
        people(first: $first) { edges { node { ...Card __typename } __typename } __typename }
      }
      fragment Card on Person { displayName id __typename }
    `);
    expect(trusted.has(documentFingerprint(sentByClient))).toBe(true);
  });

  it('does not recognise an operation that asks for one field more', () => {
    const trusted = new Set([documentFingerprint(parse(manifestText))]);
    const probing = parse(manifestText.replace('id displayName', 'id displayName email'));
    expect(trusted.has(documentFingerprint(probing))).toBe(false);
  });
});
