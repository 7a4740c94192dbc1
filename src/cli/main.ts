// The `newsgraph` command: dispatches to one file per command and turns errors into one
// readable line and a documented exit code.
import { isNewsgraphError } from '../errors.js';
import { processIo, type Command, type Io } from './command.js';
import { articles } from './commands/articles.js';
import { demo } from './commands/demo.js';
import { enqueue } from './commands/enqueue.js';
import { evalCommand } from './commands/eval.js';
import { explain } from './commands/explain.js';
import { exportCommand } from './commands/export.js';
import { extract } from './commands/extract.js';
import { ingest } from './commands/ingest.js';
import { jobs } from './commands/jobs.js';
import { ledger } from './commands/ledger.js';
import { query } from './commands/query.js';
import { serve } from './commands/serve.js';
import { show } from './commands/show.js';
import { stats } from './commands/stats.js';
import { worker } from './commands/worker.js';

export const COMMANDS: Command[] = [demo, extract, ingest, articles, show, stats, ledger, evalCommand, explain, query, exportCommand, serve,
  enqueue,
  worker,
  jobs,
];

const EXIT_CODES = `exit codes: 0 ok · 1 done, but some inputs failed (see the ledger) · 2 bad usage ·
3 input unreadable · 4 database error · 5 bad lexicon or dictionary · 6 gold set missing · 70 internal error`;

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'newsgraph: dated news articles → a temporal knowledge graph (events, actors, quotes, dates, amounts)',
    '',
    'usage: newsgraph COMMAND [options]      newsgraph COMMAND --help',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    EXIT_CODES,
  ].join('\n');
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.out('newsgraph 0.1.0');
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`NG_E001 unknown command "${name}" — run 'newsgraph --help' for the list`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (isNewsgraphError(e)) {
      io.err(e.toLine());
      return e.exitCode;
    }
    io.err(`NG_E099 internal error: ${(e as Error).message} — please report it with the command you ran`);
    if (process.env.NEWSGRAPH_DEBUG) io.err(String((e as Error).stack));
    return 70;
  }
}
