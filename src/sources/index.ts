// The public API of the source readers: bytes, files and folders to Articles.
export type { Article, SourceItem } from './article.js';
export { articleId, foldQuotes, makeArticle, normaliseText } from './article.js';
export { detectFormat } from './detect.js';
export { DEFAULT_MAX_BYTES } from './guards.js';
export { detectLanguage, type LanguageGuess } from './language.js';
export { readBuffer, readText } from './read-buffer.js';
export { readInputs } from './read-inputs.js';
export type { Format, ReadOptions } from './types.js';
