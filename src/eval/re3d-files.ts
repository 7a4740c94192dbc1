// Reads the re3d gold set: one folder per source, each with documents.json and
// entities.json as JSON lines. Shared by the re3d entity and money suites.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Re3dDoc {
  _id: string;
  text: string;
}

export interface Re3dEntity {
  begin: number;
  end: number;
  type: string;
  value: string;
  documentId: string;
}

export interface Re3dSource {
  name: string;
  docs: Re3dDoc[];
  entities: Re3dEntity[];
}

function readLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

/** Every source folder under `root` that has documents, in name order. */
export function readRe3d(root: string): Re3dSource[] {
  const out: Re3dSource[] = [];
  for (const name of readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory()).sort()) {
    let docs: Re3dDoc[];
    try {
      docs = readLines<Re3dDoc>(join(root, name, 'documents.json'));
    } catch {
      continue;
    }
    out.push({ name, docs, entities: readLines<Re3dEntity>(join(root, name, 'entities.json')) });
  }
  return out;
}
