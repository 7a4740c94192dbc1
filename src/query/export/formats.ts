// The export formats by name: media type, file name, codebook and the writer that streams
// the export as text chunks. The API and the `export` command both read this table.
import type { QueryableStore } from '../../store/store.js';
import type { Query } from '../query.js';
import type { Codebook } from './codebook.js';
import { FLAT_CODEBOOK, writeCsv, writeGeoJson, writeNdjson } from './flat.js';
import { GDELT_EVENTS_CODEBOOK, GDELT_MENTIONS_CODEBOOK, writeGdeltEvents, writeGdeltMentions } from './gdelt.js';
import { GEXF_CODEBOOK, writeGexf } from './gexf.js';
import { PLOVER_CODEBOOK, POLECAT_CODEBOOK, writePlover, writePolecat } from './plover.js';

export const EXPORT_FORMATS = ['csv', 'ndjson', 'geojson', 'gexf', 'gdelt', 'gdelt-mentions', 'plover', 'polecat'] as const;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];

export interface ExportFormat {
  name: ExportFormatName;
  mediaType: string;
  /** File name ending, after the base name: `events.csv`, `events.export.CSV`. */
  suffix: string;
  codebook: Codebook;
  /** The export as text chunks, produced as they are read (page by page). */
  write(store: QueryableStore, query: Query): AsyncGenerator<string>;
}

export const FORMATS: Record<ExportFormatName, ExportFormat> = {
  csv: {
    name: 'csv', mediaType: 'text/csv; charset=utf-8', suffix: '.csv', write: writeCsv,
    codebook: FLAT_CODEBOOK('csv', [
      'Comma-separated (RFC 4180) with a header line, CRLF line ends, UTF-8. Empty cells are null values.',
      'A text cell that starts with =, +, - or @ gets a leading apostrophe so spreadsheets do not run it as a formula.',
    ]),
  },
  ndjson: {
    name: 'ndjson', mediaType: 'application/x-ndjson', suffix: '.ndjson', write: writeNdjson,
    codebook: FLAT_CODEBOOK('ndjson', ['One JSON object per line with the fields below (null where there is no value).']),
  },
  geojson: {
    name: 'geojson', mediaType: 'application/geo+json', suffix: '.geojson', write: writeGeoJson,
    codebook: FLAT_CODEBOOK('geojson', [
      'A GeoJSON FeatureCollection (RFC 7946): one Point feature ([lon, lat]) per event mention that has coordinates;',
      'events without a place are left out. Feature properties are the fields below.',
    ]),
  },
  gexf: { name: 'gexf', mediaType: 'application/gexf+xml', suffix: '.gexf', write: writeGexf, codebook: GEXF_CODEBOOK },
  gdelt: { name: 'gdelt', mediaType: 'text/tab-separated-values; charset=utf-8', suffix: '.export.CSV', write: writeGdeltEvents, codebook: GDELT_EVENTS_CODEBOOK },
  'gdelt-mentions': {
    name: 'gdelt-mentions', mediaType: 'text/tab-separated-values; charset=utf-8', suffix: '.mentions.CSV',
    write: writeGdeltMentions, codebook: GDELT_MENTIONS_CODEBOOK,
  },
  plover: { name: 'plover', mediaType: 'application/x-ndjson', suffix: '.plover.jsonl', write: writePlover, codebook: PLOVER_CODEBOOK },
  polecat: { name: 'polecat', mediaType: 'text/tab-separated-values; charset=utf-8', suffix: '.polecat.tsv', write: writePolecat, codebook: POLECAT_CODEBOOK },
};
