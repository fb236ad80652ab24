import { fileURLToPath } from 'node:url';
import { runSteps } from './run-steps.ts';

// npm start [-- preview options]: builds the site, then serves dist/ on 127.0.0.1 with `astro preview`
// (e.g. `npm start -- --port 4400`). A script instead of `astro build && astro preview` in package.json,
// so that stopping npm (Ctrl-C, or SIGINT/SIGTERM to its process) also stops the preview server. npm runs
// it as `exec node modules/cli/start.ts`: npm passes its signals only to the shell it starts, and `exec`
// makes this script that process, instead of a child the shell would leave running.

const astro = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
const node = process.execPath; // the Node that npm run uses: the project's Node 24
const outcome = await runSteps([
  { command: node, args: [astro, 'build'] },
  { command: node, args: [astro, 'preview', '--host', '127.0.0.1', ...process.argv.slice(2)] },
]);
// End the way the step ended, so npm and the shell see the same exit code or signal.
if (outcome.signal) process.kill(process.pid, outcome.signal);
else process.exitCode = outcome.code ?? 1;
