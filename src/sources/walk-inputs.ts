// Lists the files under a folder: recursive, sorted, without dotfiles, node_modules or loops.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceItem } from './article.js';
import { errorText, failed } from './source-items.js';

export type WalkEntry = { path: string } | { failure: SourceItem };

/** Code-unit order, so a walk lists files the same way under every locale. */
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function unreadable(path: string, e: unknown): WalkEntry {
  const code = (e as NodeJS.ErrnoException).code ?? 'error';
  return { failure: failed(path, 'NG_E010', `expected a readable folder, found ${code} (${errorText(e)}); check the path and its permissions`) };
}

/** Is this entry a folder, following a symlink? null when it is neither file nor folder. */
async function kindOf(path: string, dirent: { isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean }): Promise<'dir' | 'file' | null> {
  if (dirent.isDirectory()) return 'dir';
  if (dirent.isFile()) return 'file';
  if (!dirent.isSymbolicLink()) return null;
  const st = await stat(path).catch(() => null);
  return st?.isDirectory() ? 'dir' : st?.isFile() ? 'file' : null;
}

/**
 * Yields every file under `dir` (depth first, names sorted), or a failure for a folder that
 * cannot be listed. `seen` holds real paths already walked, so a symlink cycle ends.
 */
export async function* walkFolder(dir: string, seen: Set<string> = new Set()): AsyncGenerator<WalkEntry> {
  let names;
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    names = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield unreadable(dir, e);
    return;
  }
  names.sort((a, b) => byName(a.name, b.name));
  for (const dirent of names) {
    if (dirent.name.startsWith('.') || dirent.name === 'node_modules') continue;
    const path = join(dir, dirent.name);
    const kind = await kindOf(path, dirent);
    if (kind === 'dir') yield* walkFolder(path, seen);
    else if (kind === 'file') yield { path };
  }
}
