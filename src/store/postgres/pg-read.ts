// Rebuilds an extraction record from the per-kind PostgreSQL tables, in one REPEATABLE READ
// snapshot, with the same row mapping as the SQLite store (src/store/record-rows.ts), so both
// backends read back the same record.
import type pg from 'pg';
import type { ExtractionRecord } from '../../record/types.js';
import { layerSql, recordFromRows, type Layer, type Row } from '../record-rows.js';

const LAYERS = layerSql('$1');

/** The record of article `id`, read in one REPEATABLE READ snapshot; null when absent. */
export async function readRecord(pool: pg.Pool, id: string): Promise<ExtractionRecord | null> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const article = await client.query('SELECT id, title, date, source, url, lang, text FROM articles WHERE id = $1', [id]);
    const rows: Partial<Record<Layer, Row[]>> = {};
    if (article.rows.length > 0) {
      for (const [layer, sql] of Object.entries(LAYERS)) rows[layer as Layer] = (await client.query(sql, [id])).rows;
    }
    await client.query('COMMIT');
    const a = article.rows[0] as ExtractionRecord['article'] | undefined;
    return a ? recordFromRows(a, rows as Record<Layer, Row[]>) : null;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
