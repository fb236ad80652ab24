import { describe, expect, it } from 'vitest';
import { installRegenerator } from '../../../modules/certificate/fontkit-regenerator.ts';

// The compiled shape of fontkit's StateMachine.match: a loop that yields two values, then stops.
interface Runtime {
  mark<T>(generator: T): T;
  wrap(step: (context: { prev: number; next: number; stop(): undefined }) => unknown): Iterable<unknown>;
}
function compiledGenerator(runtime: Runtime, values: number[]) {
  return runtime.mark(() =>
    runtime.wrap((context) => {
      for (;;)
        switch ((context.prev = context.next)) {
          case 0:
            if (values.length === 0) {
              context.next = 2;
              break;
            }
            context.next = 0;
            return values.shift();
          case 2:
            return context.stop();
        }
    }),
  );
}

describe('installRegenerator', () => {
  it('runs a generator compiled by Babel: each yield in turn, then done', () => {
    const scope: { regeneratorRuntime?: unknown } = {};
    installRegenerator(scope);
    const runtime = scope.regeneratorRuntime as Runtime;
    expect([...compiledGenerator(runtime, [3, 5])()]).toEqual([3, 5]);
    expect([...compiledGenerator(runtime, [])()]).toEqual([]);
  });

  it('leaves a runtime that is already there', () => {
    const existing = { mark: () => undefined };
    const scope = { regeneratorRuntime: existing };
    installRegenerator(scope);
    expect(scope.regeneratorRuntime).toBe(existing);
  });
});
