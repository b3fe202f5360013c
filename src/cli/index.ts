#!/usr/bin/env node
/** The package's bin: `jilin-poverty-rules <command>` (see `main.ts`). */
import { main } from './main.js';

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
