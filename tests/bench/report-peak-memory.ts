import { writeFileSync } from 'node:fs';

// Loaded with --import into a command the bench runs (hostile-batch.ts): at exit, writes the process's
// peak resident memory in kilobytes to the file named in PEAK_MEMORY_FILE.
const file = process.env.PEAK_MEMORY_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
