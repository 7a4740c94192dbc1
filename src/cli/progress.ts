// A progress line on a terminal (stderr), nothing otherwise: long work shows that it moves.

export interface Progress {
  tick(label?: string): void;
  done(): void;
}

export function progress(total: number | null, unit: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = Boolean(stream.isTTY) && !process.env.CI;
  const started = Date.now();
  let n = 0;
  let last = 0;
  const draw = (): void => {
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? Math.round(n / secs) : 0;
    const width = 24;
    const bar = total ? '#'.repeat(Math.round((Math.min(n, total) / total) * width)).padEnd(width, '-') : '';
    const count = total ? `${n}/${total}` : String(n);
    stream.write(`\r${bar ? `[${bar}] ` : ''}${count} ${unit}  ${rate}/s   `);
  };
  return {
    tick() {
      n++;
      if (!tty) return;
      const now = Date.now();
      if (now - last > 100) {
        last = now;
        draw();
      }
    },
    done() {
      if (tty && n > 0) {
        draw();
        stream.write('\n');
      }
    },
  };
}
