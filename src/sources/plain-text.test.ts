// Tests of the plain text reader.
import { describe, expect, it } from 'vitest';
import { readPlainText } from './plain-text.js';
import { articleOf, ctxFor } from './test-helpers.js';

describe('readPlainText', () => {
  it.each([
    ['title and body', 'Bridge reopens\n\nThe old bridge reopened today.', 'Bridge reopens', 'The old bridge reopened today.'],
    ['no blank line', 'Bridge reopens\nThe old bridge reopened today.', 'Bridge reopens', 'The old bridge reopened today.'],
    ['leading blank lines', '\n\n  Bridge reopens  \n\nBody.', 'Bridge reopens', 'Body.'],
    ['one line only', 'The old bridge reopened today.', 'The old bridge reopened today.', 'The old bridge reopened today.'],
    ['a first line too long for a title', `${'word '.repeat(80)}\nmore`, '', `${'word '.repeat(80).trim()}\nmore`],
  ])('%s', (_name, text, title, body) => {
    const article = articleOf(readPlainText(text, ctxFor('notes/bridge.txt')));
    expect(article).toMatchObject({ title, text: body, source: 'bridge.txt', date: null });
  });

  it('takes the date from the option', () => {
    const article = articleOf(readPlainText('T\n\nBody.', ctxFor('a.txt', { date: '2024-06-01' })));
    expect(article.date).toBe('2024-06-01');
  });
});
