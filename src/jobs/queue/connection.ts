// Redis for the job queue: connection options that wait out an outage (BullMQ queues
// commands until Redis is back), and a start-up check that fails at once with NG_E070.
import type { RedisOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { NewsgraphError } from '../../errors.js';
import { redactUrl } from '../../store/postgres/pg-connect.js';

export const DEFAULT_REDIS = 'redis://127.0.0.1:6379';
export const DEFAULT_QUEUE = 'newsgraph-ingest';
const CHECK_TIMEOUT_MS = 3000;

/** --redis, else NEWSGRAPH_REDIS, else the local default. */
export function resolveRedisUrl(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.NEWSGRAPH_REDIS || DEFAULT_REDIS;
}

/** BullMQ connection options: reconnect every 0.2-2 s for ever, and never drop a command. */
export function queueConnection(url: string): RedisOptions {
  return {
    url,
    maxRetriesPerRequest: null,
    // A worker should resume within a couple of seconds of Redis coming back, not after
    // BullMQ's default backoff of up to 20 s.
    retryStrategy: (times: number) => Math.min(200 * times, 2000),
  };
}

/** A client for newsgraph's own small reads and writes (rates); fails fast when offline. */
export function sideClient(url: string): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: (t) => Math.min(200 * t, 2000) });
  client.on('error', () => undefined);
  return client;
}

/**
 * Connects once and PINGs; NG_E070 naming the URL (without password) when Redis cannot be
 * reached. Returns a warning when Redis keeps nothing on disk (a restart loses the queue).
 */
export async function checkRedis(url: string): Promise<{ warning: string | null }> {
  if (!/^rediss?:\/\//i.test(url)) {
    throw new NewsgraphError('NG_E070', `--redis expects a URL such as redis://127.0.0.1:6379, found "${redactUrl(url)}"`, {
      hint: 'pass --redis redis://HOST:PORT (or set NEWSGRAPH_REDIS)',
    });
  }
  const client = new Redis(url, {
    lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, connectTimeout: CHECK_TIMEOUT_MS, retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return { warning: await persistenceWarning(client, url) };
  } catch (e) {
    const cause = (e as { code?: string }).code ?? (e as Error).message;
    throw new NewsgraphError('NG_E070', `${redactUrl(url)}: cannot reach Redis for the job queue (${cause})`, {
      hint: 'start Redis (see docs/scale-out.md), or pass --redis (or set NEWSGRAPH_REDIS) to a Redis that runs',
    });
  } finally {
    client.disconnect();
  }
}

async function persistenceWarning(client: Redis, url: string): Promise<string | null> {
  try {
    const [, aof] = (await client.config('GET', 'appendonly')) as string[];
    const [, save] = (await client.config('GET', 'save')) as string[];
    if (aof === 'yes' || (save ?? '').trim() !== '') return null;
    return `warning: ${redactUrl(url)} keeps nothing on disk (appendonly no, no save points): queued articles are lost if Redis restarts; see docs/scale-out.md`;
  } catch {
    return null; // CONFIG is often disabled on managed Redis; nothing to say then.
  }
}
