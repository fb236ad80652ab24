import { spawn, type ChildProcess } from 'node:child_process';

/** One command of a sequence, run without a shell. */
export interface Step {
  command: string;
  args: string[];
}

/** How the last step that ran ended, as Node reports it: an exit code or the signal that ended it. */
export interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Where SIGINT and SIGTERM come from: the process itself, or a plain EventEmitter in tests. */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
  off(signal: NodeJS.Signals, listener: () => void): unknown;
}

const forwarded: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/**
 * Runs the steps one after another, like `a && b`, but passes SIGINT and SIGTERM on to the step that
 * is running and starts no further step once one arrived. (`sh -c "a && b"` keeps neither promise:
 * the shell npm starts does not pass npm's signals on, so the last step outlives npm.)
 */
export async function runSteps(steps: Step[], signals: SignalSource = process): Promise<Outcome> {
  let child: ChildProcess | undefined;
  let stopped: NodeJS.Signals | undefined;
  const listeners = forwarded.map((signal) => {
    const listener = () => {
      stopped = signal;
      child?.kill(signal);
    };
    signals.on(signal, listener);
    return { signal, listener };
  });
  try {
    let outcome: Outcome = { code: 0, signal: null };
    for (const step of steps) {
      if (stopped) return { code: null, signal: stopped };
      const running = spawn(step.command, step.args, { stdio: 'inherit' });
      child = running;
      outcome = await new Promise<Outcome>((resolve, reject) => {
        running.once('error', reject);
        running.once('exit', (code, signal) => resolve({ code, signal }));
      });
      if (outcome.code !== 0) return outcome;
    }
    return stopped && outcome.code === 0 ? { code: null, signal: stopped } : outcome;
  } finally {
    for (const { signal, listener } of listeners) signals.off(signal, listener);
  }
}
