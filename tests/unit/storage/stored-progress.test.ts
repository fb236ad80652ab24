import { describe, expect, it } from 'vitest';
import { PROGRESS_KEY } from '../../../src/storage/local-store.ts';
import { mayHaveStoredProgress, mayHaveStoredProgressOrFrame } from '../../../src/storage/stored-progress.ts';

type FakeWindow = { parent: FakeWindow; localStorage: Pick<Storage, 'getItem'> } & Record<string, unknown>;

function page(stored: Record<string, string>, blocked = false): FakeWindow {
  const win = {
    get localStorage(): Pick<Storage, 'getItem'> {
      if (blocked) throw new DOMException('Blocked', 'SecurityError');
      return { getItem: (key: string) => stored[key] ?? null };
    },
  } as FakeWindow;
  win.parent = win;
  return win;
}

describe('whether a case page must read stored progress before it starts', () => {
  it('not on a first visit: nothing stored', () => {
    expect(mayHaveStoredProgress(page({}) as unknown as Window)).toBe(false);
  });

  it('when the site stored progress in this browser', () => {
    expect(mayHaveStoredProgress(page({ [PROGRESS_KEY]: '{}' }) as unknown as Window)).toBe(true);
  });

  it('where the browser blocks storage, so reading it can say so', () => {
    expect(mayHaveStoredProgress(page({}, true) as unknown as Window)).toBe(true);
  });

  it('inside an LMS package, whose launch page holds the progress', () => {
    const launch = page({});
    launch.meldcodeLms = { version: 1, save: async () => {} };
    const inFrame = { ...page({}), parent: launch };
    expect(mayHaveStoredProgress(inFrame as unknown as Window)).toBe(true);
  });
});

describe('the same look without searching for an LMS (a case page taking its first choice while it loads)', () => {
  it('not on a first visit: nothing stored, not in a frame', () => {
    expect(mayHaveStoredProgressOrFrame(page({}) as unknown as Window)).toBe(false);
  });

  it('when the site stored progress, or the browser blocks storage', () => {
    expect(mayHaveStoredProgressOrFrame(page({ [PROGRESS_KEY]: '{}' }) as unknown as Window)).toBe(true);
    expect(mayHaveStoredProgressOrFrame(page({}, true) as unknown as Window)).toBe(true);
  });

  it('in any frame, as every page of an LMS package is, also before its launch page published the bridge', () => {
    const inFrame = { ...page({}), parent: page({}) };
    expect(mayHaveStoredProgressOrFrame(inFrame as unknown as Window)).toBe(true);
  });
});
