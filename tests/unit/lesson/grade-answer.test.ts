import { describe, expect, it } from 'vitest';
import { isRightAnswer } from '../../../modules/lesson/grade-answer.ts';

describe('isRightAnswer', () => {
  it('wants exactly the right options: all of them and no other, in any order', () => {
    expect(isRightAnswer(['nee'], ['nee'])).toBe(true);
    expect(isRightAnswer(['a', 'c'], ['c', 'a'])).toBe(true);
    expect(isRightAnswer(['a', 'c'], ['a'])).toBe(false);
    expect(isRightAnswer(['a', 'c'], ['a', 'b', 'c'])).toBe(false);
    expect(isRightAnswer(['nee'], ['ja'])).toBe(false);
    expect(isRightAnswer(['nee'], [])).toBe(false);
  });
});
