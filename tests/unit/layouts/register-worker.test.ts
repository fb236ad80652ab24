import { describe, expect, it } from 'vitest';
import { registerWorker } from '../../../src/layouts/register-worker.ts';

describe('the inline script that registers the service worker', () => {
  it('stays tiny: one statement, no other JavaScript on pages without an island', () => {
    expect(new TextEncoder().encode(registerWorker).length).toBeLessThanOrEqual(120);
  });

  it('does nothing in a browser without service workers', () => {
    const navigator = {};
    const run = new Function('navigator', 'addEventListener', registerWorker);
    expect(() => run(navigator, () => undefined)).not.toThrow();
  });

  it('registers /sw.js once the page has loaded', () => {
    const registered: string[] = [];
    let onLoad: (() => void) | undefined;
    const navigator = { serviceWorker: { register: (url: string) => registered.push(url) } };
    new Function('navigator', 'addEventListener', registerWorker)(
      navigator,
      (type: string, f: () => void) => {
        if (type === 'load') onLoad = f;
      },
    );
    expect(registered).toEqual([]);
    onLoad?.();
    expect(registered).toEqual(['/sw.js']);
  });
});
