import { describe, expect, it } from 'vitest';
import { checkCasePaths } from '../../../modules/authoring/check-case-paths.ts';
import { expertPath } from '../../../modules/case/expert-path.ts';
import { maxScore, scoreAttempt } from '../../../modules/scoring/score-attempt.ts';
import { compileSynthetic, syntheticCase } from '../engine-growth.ts';

describe('syntheticCase', () => {
  it.each([4, 10])('with %i story nodes passes the path checks with no issues', (n) => {
    const compiled = compileSynthetic(n);
    expect(compiled.def.nodes).toHaveLength(n + 1);
    expect(checkCasePaths(compiled, 'synthetic')).toEqual([]);
    const route = expertPath(compiled)!;
    expect(route).toHaveLength(n);
    expect(scoreAttempt(compiled, route).total).toBe(maxScore(compiled));
  });

  it('refuses fewer than 4 story nodes: the stappenplan needs four actions', () => {
    expect(() => syntheticCase(3)).toThrow('at least 4 story nodes');
  });
});
