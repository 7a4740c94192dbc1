// Reads files and folders of articles into SourceItems: one per article, failure or skip.
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import type { SourceItem } from './article.js';
import { extensionProblem, isLineFormat } from './detect.js';
import { checkBinary, checkSize, SNIFF_BYTES } from './guards.js';
import { languageGate } from './language.js';
import { readNdjsonStream } from './ndjson.js';
import { contextFor, resolveOptions, type Settings } from './options.js';
import { readBytesWith } from './read-buffer.js';
import { errorText, failed, skipped } from './source-items.js';
import type { ReadContext, ReadOptions } from './types.js';
import { walkFolder } from './walk-inputs.js';

function unreadable(path: string, e: unknown): SourceItem {
  const code = (e as NodeJS.ErrnoException).code ?? 'error';
  if (code === 'ENOENT') return failed(path, 'NG_E010', 'expected a file or folder, found nothing there; check the path');
  return failed(path, 'NG_E010', `expected a readable file or folder, found ${code} (${errorText(e)}); check the path and its permissions`);
}

/** The first bytes of a file, for the binary check, without reading the rest. */
async function head(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buf = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buf, 0, SNIFF_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** NDJSON streams: no whole-file size limit, since no more than a line is held at once. */
async function* readLineFile(path: string, size: number, ctx: ReadContext): AsyncGenerator<SourceItem> {
  if (size === 0) {
    yield failed(path, 'NG_E012', 'expected one JSON object per line, found 0 bytes; remove the file or fill it');
    return;
  }
  const binary = checkBinary(path, await head(path));
  if (binary) {
    yield binary;
    return;
  }
  for await (const item of readNdjsonStream(createReadStream(path), ctx)) yield languageGate(item);
}

/** Reads one file; `walked` files of an unknown type are skipped, named ones fail. */
async function* readFileInput(path: string, walked: boolean, settings: Settings): AsyncGenerator<SourceItem> {
  const problem = extensionProblem(path);
  if (problem !== null) {
    yield walked ? skipped(path, 'NG_E018', problem) : failed(path, 'NG_E018', problem);
    return;
  }
  const ctx = contextFor(path, settings);
  const { size } = await stat(path);
  if (isLineFormat(path)) {
    yield* readLineFile(path, size, ctx);
    return;
  }
  const tooBig = checkSize(path, size, settings.maxBytes);
  if (tooBig) {
    yield tooBig;
    return;
  }
  yield* readBytesWith(await readFile(path), ctx);
}

/** Reads a file with any error it raises turned into a failure of that file alone. */
async function* readFileSafely(path: string, walked: boolean, settings: Settings): AsyncGenerator<SourceItem> {
  try {
    yield* readFileInput(path, walked, settings);
  } catch (e) {
    yield unreadable(path, e);
  }
}

async function* readPath(path: string, settings: Settings): AsyncGenerator<SourceItem> {
  const st = await stat(path).catch((e: unknown) => e as Error);
  if (st instanceof Error) {
    yield unreadable(path, st);
  } else if (st.isDirectory()) {
    for await (const entry of walkFolder(path)) {
      if ('failure' in entry) yield entry.failure;
      else yield* readFileSafely(entry.path, true, settings);
    }
  } else if (st.isFile()) {
    yield* readFileSafely(path, false, settings);
  } else {
    yield failed(path, 'NG_E018', 'expected a regular file or a folder, found a device, socket or pipe; give a file');
  }
}

async function* readAll(paths: string[], settings: Settings): AsyncGenerator<SourceItem> {
  for (const path of paths) yield* readPath(path, settings);
}

/**
 * Reads files and folders (folders recursively, sorted, skipping dotfiles and node_modules)
 * and yields one SourceItem per article, failure or skip; origin is the path, plus `#N` for
 * the Nth item of a feed or line N of an NDJSON file. A bad input never stops the rest and
 * never throws; bad options throw NewsgraphError here, before anything is read.
 * @example for await (const item of readInputs(['news/'], { date: '2024-05-17' })) ledger.add(item)
 */
export function readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<SourceItem> {
  return readAll(paths, resolveOptions(opts));
}
