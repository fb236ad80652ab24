import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runSteps, type Step } from '../../../modules/cli/run-steps.ts';

const node = (code: string): Step => ({ command: process.execPath, args: ['-e', code] });
const touch = (file: string) => node(`require('node:fs').writeFileSync(${JSON.stringify(file)}, '')`);
/** A step that runs until stopped, like `astro preview`; it creates `ready` once its handlers are set. */
const server = (ready: string, onSignal = '') =>
  node(
    `${onSignal}; require('node:fs').writeFileSync(${JSON.stringify(ready)}, ''); setInterval(() => {}, 1000)`,
  );

async function until(file: string) {
  for (let i = 0; i < 200 && !existsSync(file); i++) await sleep(25);
  expect(existsSync(file)).toBe(true);
}

describe('runSteps', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'run-steps-'));

  it('runs every step in order and ends with exit code 0', async () => {
    const d = dir();
    const outcome = await runSteps([touch(join(d, 'a')), touch(join(d, 'b'))], new EventEmitter());
    expect(outcome).toEqual({ code: 0, signal: null });
    expect(existsSync(join(d, 'b'))).toBe(true);
  });

  it('stops at the first step that fails, with its exit code', async () => {
    const d = dir();
    const outcome = await runSteps([node('process.exit(3)'), touch(join(d, 'b'))], new EventEmitter());
    expect(outcome).toEqual({ code: 3, signal: null });
    expect(existsSync(join(d, 'b'))).toBe(false);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`passes ${signal} on to the running step and starts no further step`, async () => {
      const d = dir();
      const signals = new EventEmitter();
      const done = runSteps([server(join(d, 'ready')), touch(join(d, 'next'))], signals);
      await until(join(d, 'ready'));
      signals.emit(signal);
      expect(await done).toEqual({ code: null, signal });
      expect(existsSync(join(d, 'next'))).toBe(false);
      expect(signals.listenerCount(signal)).toBe(0);
    });
  }

  it('reports the signal when the step catches it and exits cleanly, and starts no further step', async () => {
    const d = dir();
    const signals = new EventEmitter();
    const graceful = server(join(d, 'ready'), `process.on('SIGINT', () => process.exit(0))`);
    const done = runSteps([graceful, touch(join(d, 'next'))], signals);
    await until(join(d, 'ready'));
    signals.emit('SIGINT');
    expect(await done).toEqual({ code: null, signal: 'SIGINT' });
    expect(existsSync(join(d, 'next'))).toBe(false);
  });
});
