import { describe, expect, it } from 'vitest';
import { splitStartModule } from '../../../src/lib/start-module.ts';

const group = (id: string, sector: 'algemeen' | 'onderwijs' | 'kinderopvang') => ({ id, data: { sector } });

describe('splitStartModule', () => {
  it('puts the basis module (sector algemeen) apart as the common start and keeps the order of the rest', () => {
    const { start, others } = splitStartModule([
      group('onderwijs', 'onderwijs'),
      group('basis', 'algemeen'),
      group('kinderopvang', 'kinderopvang'),
    ]);
    expect(start.map((g) => g.id)).toEqual(['basis']);
    expect(others.map((g) => g.id)).toEqual(['onderwijs', 'kinderopvang']);
  });

  it('has no start when no module is for everyone', () => {
    expect(splitStartModule([group('onderwijs', 'onderwijs')]).start).toEqual([]);
  });
});
