// Rebuilds an extraction record from the per-kind SQLite tables (the tables are the only
// copy, so what queries see and what `getArticle` returns cannot drift apart).
// Optional record fields (entity lat/lon, actor start/end, event rule, claim marker) are
// omitted when their column is NULL: `lat: null` and no `lat` read back alike.
import type Database from 'better-sqlite3';
import type { ExtractionRecord, RecordArticle } from '../../record/types.js';
import { layerSql, recordFromRows, type Layer, type Row } from '../record-rows.js';

export type RecordReader = (articleId: string) => ExtractionRecord | null;

export function prepareReader(db: Database.Database): RecordReader {
  const article = db.prepare('SELECT id, title, date, source, url, lang, text FROM articles WHERE id = ?');
  const layers = Object.entries(layerSql('?')).map(([layer, sql]) => [layer as Layer, db.prepare(sql)] as const);
  return (id) => {
    const a = article.get(id) as RecordArticle | undefined;
    if (!a) return null;
    const rows = Object.fromEntries(layers.map(([layer, st]) => [layer, st.all(id) as Row[]])) as Record<Layer, Row[]>;
    return recordFromRows(a, rows);
  };
}
