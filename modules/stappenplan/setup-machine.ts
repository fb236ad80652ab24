import { createMachine, type setup } from 'xstate';

/**
 * xstate's `setup(…).createMachine(…)` with the same types and the same machine, without the action
 * creators `setup` also returns (sendTo, raise, log, emit, …): no machine here uses them, and `setup`
 * would put them in every page that runs a machine (~1 KB gzip). Only `.createMachine` exists on what
 * it returns. It does what xstate's `setup` does: the implementations go to `createMachine`.
 */
export const setupMachine = ((implementations: {
  schemas?: unknown;
  actors?: unknown;
  actions?: unknown;
  guards?: unknown;
  delays?: unknown;
}) => ({
  createMachine: (config: object) =>
    createMachine(
      { ...config, schemas: implementations.schemas } as never,
      {
        actors: implementations.actors,
        actions: implementations.actions,
        guards: implementations.guards,
        delays: implementations.delays,
      } as never,
    ),
})) as unknown as typeof setup;
