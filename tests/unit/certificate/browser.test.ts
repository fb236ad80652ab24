import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadVerifyContext } from '../../../modules/authoring/module-archive-files.ts';
import {
  readVerifyContext,
  verifyContextJson,
  verifyTables,
} from '../../../modules/certificate/verify-context.ts';
import { createVerifier } from '../../../modules/certificate/verify-certificate.ts';

const root = new URL('../../../', import.meta.url).pathname;

describe('certificate code in the browser', () => {
  it.each([
    'verify-certificate',
    'make-certificate',
    'certificate-pdf',
    'register-csv',
    'verify-context',
    'register-flags',
  ])('%s imports nothing from Node', (name) => {
    const seen = new Set<string>();
    const visit = (url: URL) => {
      if (seen.has(url.href)) return;
      seen.add(url.href);
      for (const [, spec] of readFileSync(url, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)) {
        expect(spec, url.pathname).not.toMatch(/^node:/);
        expect(spec, url.pathname).not.toMatch(/authoring\//);
        if (spec!.startsWith('.')) visit(new URL(spec!, url));
      }
    };
    visit(new URL(`../../../modules/certificate/${name}.ts`, import.meta.url));
  });

  it('the archives served as one JSON document read back into a context that verifies', async () => {
    const { context } = loadVerifyContext(root);
    const { tables, problems } = await verifyTables(context.cases!);
    expect(problems).toEqual([]);
    const read = readVerifyContext(verifyContextJson({ tables, modules: [...context.modules] }));
    if (!read.ok) throw new Error(read.message);
    expect(read.problems).toEqual([]);
    expect(read.context.tables).toHaveLength(context.cases!.flatMap((c) => c.versions).length);
    expect(read.context).not.toHaveProperty('cases');
    const pdf = readFileSync(new URL('../../fixtures/certificates/geldig.pdf', import.meta.url));
    expect((await createVerifier(read.context).verify(new Uint8Array(pdf))).status).toBe('geldig');
    expect(readVerifyContext('{}')).toEqual({
      ok: false,
      message: 'Het archief voor de controle kan niet worden gelezen. Laad de pagina opnieuw.',
    });
  });
});
