// Writes schema/extraction-record-1.schema.json from the zod schema (npm run schema).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { recordJsonSchema } from './schema.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../../schema/extraction-record-1.schema.json', import.meta.url));

export function schemaText(): string {
  return `${JSON.stringify(recordJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, schemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
