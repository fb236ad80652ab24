import { describe, expect, it } from 'vitest';
import { findScormApi, MAX_PARENTS } from '../../../src/storage/find-scorm-api.ts';
import { fakeScorm } from '../lms/helpers.ts';

type FakeWindow = { parent: FakeWindow; opener?: FakeWindow | null; API?: unknown };

/** A chain of `depth` windows, each framed by the next; the top is its own parent. */
function chain(depth: number, api?: unknown, opener?: FakeWindow): FakeWindow[] {
  const top: FakeWindow = { parent: null as unknown as FakeWindow, opener, API: api };
  top.parent = top;
  const windows = [top];
  for (let i = 1; i < depth; i++) windows.unshift({ parent: windows[0] });
  return windows;
}
const find = (w: FakeWindow) => findScormApi(w as unknown as Window);

describe('finding the SCORM 1.2 API', () => {
  const api = fakeScorm();

  it('in a parent, however many frames up (within the limit)', () => {
    expect(find(chain(5, api)[0])).toBe(api);
    expect(find(chain(MAX_PARENTS + 2, api)[0])).toBeNull();
  });

  it("in the opener's chain when no parent has it", () => {
    const opener = chain(3, api)[0];
    expect(find(chain(2, undefined, opener)[0])).toBe(api);
  });

  it('skips a window of another origin and an object that is not an API', () => {
    const windows = chain(3, { LMSInitialize: 'nee' });
    Object.defineProperty(windows[1], 'API', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(find(windows[0])).toBeNull();
  });
});
