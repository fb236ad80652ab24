import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { textSeed } from '../../../modules/scoring/choice-order.ts';
import { inlineScript } from '../../../src/lib/inline-script.ts';

const ENTRY = 'tests/unit/lib/fixtures/note-args.ts';

/** Runs a script as a browser would run it inline, in a context of its own; returns what it noted. */
function run(code: string): unknown {
  const context: { noted?: unknown } = {};
  runInNewContext(code, context);
  return context.noted;
}

describe('a module as a script in the page', () => {
  it('calls the export with the arguments, with what the module imports bundled in', () => {
    const code = inlineScript(ENTRY, 'noteArgs', 'speler', { n: 2 });
    expect(code).not.toMatch(/\bimport\b|\bexport\b/);
    expect(run(code)).toEqual({ args: ['speler', { n: 2 }], seed: textSeed('a') });
  });

  it('leaves no "</script" that would end the element early, and the text is the same', () => {
    const text = 'a </script><script>alert(1)</script> </SCRIPT>';
    const code = inlineScript(ENTRY, 'noteArgs', text);
    expect(code).not.toMatch(/<\/script/i);
    expect(run(code)).toEqual({ args: [text], seed: textSeed('a') });
  });

  it('leaves nothing in the global scope but what the module does', () => {
    const context: Record<string, unknown> = {};
    runInNewContext(inlineScript(ENTRY, 'noteArgs'), context);
    expect(Object.keys(context)).toEqual(['noted']);
  });
});
