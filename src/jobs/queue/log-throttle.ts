// One line per distinct message per interval: a Redis or PostgreSQL outage reports itself
// every few seconds, not once per reconnect attempt.

export function throttled(log: (line: string) => void, intervalMs = 10_000): (line: string) => void {
  const last = new Map<string, number>();
  return (line) => {
    const now = Date.now();
    if (now - (last.get(line) ?? -Infinity) < intervalMs) return;
    last.set(line, now);
    log(line);
  };
}
