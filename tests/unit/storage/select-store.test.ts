import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../../modules/progress/progress.ts';
import { readProgress } from '../../../modules/progress/read-progress.ts';
import { findBridge, publishBridge } from '../../../src/storage/lms-bridge.ts';
import { selectProgressStore } from '../../../src/storage/select-store.ts';
import { readState, updateProgress } from '../../../src/storage/update-progress.ts';
import { memoryMirror } from '../lms/helpers.ts';

type FakeWindow = { parent: FakeWindow } & Record<string, unknown>;

/** A launch page's window with a page in its frame, as in an LMS package. */
function launchAndPage() {
  const launch: FakeWindow = { parent: null as unknown as FakeWindow };
  launch.parent = launch;
  const store = memoryMirror();
  publishBridge(launch as unknown as Window, store, (json) => {
    const read = readProgress(json);
    return read.ok ? read.value : null;
  });
  const page: FakeWindow = { parent: launch };
  return { store, page: page as unknown as Window };
}

describe('the store a page selects', () => {
  it('inside a package: the launch page’s LMS store, used through readState and updateProgress', async () => {
    const { store, page } = launchAndPage();
    const selected = selectProgressStore(page);
    await updateProgress(selected, (p) => ({ ...p, lessons: ['onderwijs/signalen'] }));
    expect(JSON.parse(store.text!).lessons).toEqual(['onderwijs/signalen']);
    expect((await readState(selected)).progress.lessons).toEqual(['onderwijs/signalen']);
  });

  it('on the site (no launch page above, or one of another origin): none', () => {
    const top: FakeWindow = { parent: null as unknown as FakeWindow };
    top.parent = top;
    expect(findBridge(top as unknown as Window)).toBeNull();
    const foreign = {
      get parent(): never {
        throw new DOMException('Blocked', 'SecurityError');
      },
    };
    expect(findBridge(foreign as unknown as Window)).toBeNull();
    expect(emptyProgress().lessons).toEqual([]);
  });
});
