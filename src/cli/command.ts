// The shape of a CLI command, and the streams it writes to (replaceable in tests).

export interface Io {
  out(line: string): void;
  err(line: string): void;
  isTTY: boolean;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit code. Throws NewsgraphError for errors a user can act on. */
  run(argv: string[], io: Io): Promise<number>;
}

export const processIo: Io = {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
  isTTY: Boolean(process.stdout.isTTY),
};
