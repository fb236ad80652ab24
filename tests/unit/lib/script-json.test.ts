import { describe, expect, it } from 'vitest';
import { scriptJson } from '../../../src/lib/script-json.ts';

describe('scriptJson', () => {
  const value = { text: 'Een casus met </script><script>alert(1)</script> en <!-- erin', n: [1, 'a<b'] };

  it('writes no "<", so no text in it can end the script element or open a comment', () => {
    expect(scriptJson(value)).not.toContain('<');
  });

  it('reads back as the value it was', () => {
    expect(JSON.parse(scriptJson(value))).toEqual(value);
  });
});
