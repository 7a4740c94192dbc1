// Splits a byte stream into lines, holding one line at a time and none longer than a limit.

/** One line without its `\n`: its bytes, or null when it was longer than the limit. */
export interface RawLine {
  lineNo: number;
  bytes: Uint8Array | null;
  size: number;
}

const NEWLINE = 0x0a;

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Feed it chunks with `push`, then call `end`; both yield the lines they complete.
 * @example for (const line of splitter.push(chunk)) handle(line)
 */
export class LineSplitter {
  private parts: Uint8Array[] = [];
  private size = 0;
  private tooLong = false;
  private lineNo = 0;

  constructor(private readonly maxLineBytes: number) {}

  *push(chunk: Uint8Array): Generator<RawLine> {
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl >= 0; nl = chunk.indexOf(NEWLINE, start)) {
      this.keep(chunk.subarray(start, nl), false);
      yield this.finish();
      start = nl + 1;
    }
    // The tail outlives this chunk, so it is copied: stream buffers may be reused.
    this.keep(chunk.subarray(start), true);
  }

  *end(): Generator<RawLine> {
    if (this.size > 0 || this.tooLong) yield this.finish();
  }

  private keep(piece: Uint8Array, copy: boolean): void {
    this.size += piece.length;
    if (this.tooLong || piece.length === 0) return;
    if (this.size > this.maxLineBytes) {
      this.tooLong = true;
      this.parts = [];
    } else this.parts.push(copy ? piece.slice() : piece);
  }

  private finish(): RawLine {
    this.lineNo++;
    const line = { lineNo: this.lineNo, bytes: this.tooLong ? null : concat(this.parts, this.size), size: this.size };
    this.parts = [];
    this.size = 0;
    this.tooLong = false;
    return line;
  }
}
