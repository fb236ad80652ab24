/**
 * @pdf-lib/fontkit 1.1.1 is compiled with Babel's regenerator for its one generator function
 * (StateMachine.match, which the Indic and Universal shapers use: Devanagari, among others) and
 * expects a global `regeneratorRuntime`, which neither browsers nor Node have: laying out a Hindi name
 * threw a ReferenceError and no PDF was made. This gives the two calls that compiled code makes, for
 * the one way it uses them (a loop that yields, then stops), unless a runtime is already there.
 */
interface Context {
  prev: number;
  next: number;
  done: boolean;
  stop(): undefined;
}

export function installRegenerator(scope: { regeneratorRuntime?: unknown } = globalThis as never): void {
  if (scope.regeneratorRuntime) return;
  scope.regeneratorRuntime = {
    mark: <T>(generator: T) => generator,
    wrap(step: (context: Context) => unknown) {
      const context: Context = {
        prev: 0,
        next: 0,
        done: false,
        stop() {
          this.done = true;
          return undefined;
        },
      };
      const iterator = {
        next() {
          if (context.done) return { done: true, value: undefined };
          const value = step(context);
          return context.done ? { done: true, value: undefined } : { done: false, value };
        },
        [Symbol.iterator]: () => iterator,
      };
      return iterator;
    },
  };
}
