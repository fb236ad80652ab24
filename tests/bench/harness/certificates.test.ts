import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type LoadedContent } from '../../../modules/authoring/load-content.ts';
import { createVerifier } from '../../../modules/certificate/verify-certificate.ts';
import {
  benchCertificates,
  certificateRows,
  contextFor,
  replayMs,
  sixCaseModule,
  verificationsPerSecond,
} from '../certificates.ts';

const root = new URL('../../../', import.meta.url).pathname;
const SLOW = 60_000;

describe('the certificate bench', { timeout: SLOW }, () => {
  let content: LoadedContent;
  beforeAll(() => {
    content = loadContent(root);
  }, SLOW);

  it('builds a six-case module whose certificates all verify, from JSON and from PDF', async () => {
    const module = sixCaseModule(content);
    expect(module.cases).toHaveLength(6);
    const context = await contextFor(root, module);
    const { json, pdf } = await benchCertificates(module, 2);
    expect(new Set(json).size).toBe(2);
    const verifier = createVerifier(context);
    for (const source of [...json, ...pdf]) {
      const verdict = await verifier.verify(source);
      expect(verdict.status === 'geldig' && verdict.summary.score.cases).toHaveLength(6);
    }
    expect(
      await verificationsPerSecond(context, json, { scorer: 'machine', rounds: 1, ms: 5 }),
    ).toBeGreaterThan(0);
    expect(await replayMs(context, json[0]!, 1)).toBeGreaterThan(0);
  });

  it('gives a row per input and scorer', async () => {
    const rows = await certificateRows(root, { count: 1, rounds: 1, ms: 5 });
    expect(rows.map((row) => [row.input, row.scoring])).toEqual([
      ['JSON', 'replay on the case machine (before)'],
      ['JSON', 'verify table (after)'],
      ['PDF', 'replay on the case machine (before)'],
      ['PDF', 'verify table (after)'],
    ]);
    for (const row of rows) expect(row['verifications/s (median)']).toBeGreaterThan(0);
  });
});
