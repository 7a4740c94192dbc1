// What an evaluation suite is, and where the gold sets are found at run time.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NewsgraphError } from '../errors.js';
import type { Prf } from './metrics.js';

export interface EvalReport {
  suite: string;
  gold: string;
  items: number;
  /** One row per field (or field and type): precision, recall, F1 and counts. */
  fields: Record<string, Prf>;
  /** Other figures (accuracy, shares); each named for what it measures. */
  figures?: Record<string, number>;
  notes?: string[];
}

export interface EvalSuite {
  name: string;
  description: string;
  run(sharedDir: string): Promise<EvalReport>;
}

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The shared data folder: --data, else $NEWSGRAPH_SHARED, else ../shared beside the repo. */
export function sharedDir(flag?: string): string {
  const dir = resolve(flag ?? process.env.NEWSGRAPH_SHARED ?? resolve(PACKAGE_ROOT, '../shared'));
  if (!existsSync(resolve(dir, 'datasets'))) {
    throw new NewsgraphError('NG_E050', `no gold sets under ${dir} (expected a datasets/ folder there)`, {
      hint: 'pass --data DIR or set NEWSGRAPH_SHARED to the folder that holds datasets/ and peers/',
    });
  }
  return dir;
}

export function goldPath(shared: string, ...parts: string[]): string {
  const p = resolve(shared, ...parts);
  if (!existsSync(p)) throw new NewsgraphError('NG_E050', `gold set not found: ${p}`, { hint: 'check --data or NEWSGRAPH_SHARED' });
  return p;
}
