import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../modules/authoring/load-content.ts';
import { multiplyContent, rewriteTopLevel } from '../build-growth.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('rewriteTopLevel', () => {
  it('rewrites only keys at column 0, each once, and keeps everything else', () => {
    const yaml = 'id: daan\nberoepsgroep: onderwijs\nnodes:\n  - id: start\n    next: id\nid: later\n';
    expect(
      rewriteTopLevel(yaml, { id: (id) => `${id}-kopie-1`, beroepsgroep: () => 'onderwijs-kopie-1' }),
    ).toBe(
      'id: daan-kopie-1\nberoepsgroep: onderwijs-kopie-1\nnodes:\n  - id: start\n    next: id\nid: later\n',
    );
  });

  it('refuses a text without the key, so a changed format fails loudly', () => {
    expect(() => rewriteTopLevel('  id: nested\n', { id: () => 'x' })).toThrow('no top-level id line');
  });
});

describe('multiplyContent', () => {
  it('doubles the real content into copies that pass the content checks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-growth-'));
    try {
      cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
      const original = loadContent(dir);
      multiplyContent(dir, 2);
      const doubled = loadContent(dir);
      expect(doubled.issues).toEqual([]);
      expect(doubled.cases).toHaveLength(2 * original.cases.length);
      expect(doubled.beroepsgroepen).toHaveLength(2 * original.beroepsgroepen.length);
      expect(new Set(doubled.beroepsgroepen.map((g) => g.order)).size).toBe(doubled.beroepsgroepen.length);
      expect(doubled.cases.map((c) => c.compiled.def.id)).toContain('daan-blauwe-plekken-kopie-1');
      expect(readdirSync(join(dir, 'content/lessen/onderwijs-kopie-1'))).toEqual(
        readdirSync(join(dir, 'content/lessen/onderwijs')),
      );
      expect(existsSync(join(dir, 'content/beroepsgroepen/onderwijs-kopie-2.yaml'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Loads and path-checks the real content three times (original, archiving the copies, doubled).
  }, 120_000);
});
