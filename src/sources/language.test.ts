// Tests of the English detector and the language gate, on invented sentences.
import { describe, expect, it } from 'vitest';
import { makeArticle } from './article.js';
import { detectLanguage, languageGate } from './language.js';

// Invented sentences, the same news in each language.
const TEXTS = {
  en: 'The harbour board of the small town said on Tuesday that it would reopen the northern pier after repairs that had taken more than a year.',
  fr: "Le conseil du port de la petite ville a annoncé mardi qu'il rouvrirait la jetée nord après des travaux qui ont duré plus d'un an.",
  de: 'Der Hafenrat der kleinen Stadt teilte am Dienstag mit, dass er den nördlichen Pier nach Reparaturen wieder öffnen werde.',
  es: 'La junta del puerto de la pequeña ciudad dijo el martes que reabriría el muelle norte después de unas reparaciones largas.',
  nl: 'Het havenbestuur van het kleine stadje zei dinsdag dat het de noordelijke pier na lange reparaties weer zou openen.',
  ru: 'Совет порта небольшого города заявил во вторник, что вновь откроет северный причал после ремонта.',
  el: 'Το λιμενικό συμβούλιο της μικρής πόλης ανακοίνωσε την Τρίτη ότι θα ανοίξει ξανά τη βόρεια προβλήτα.',
  ja: '小さな町の港湾委員会は火曜日、北の桟橋を再開すると発表した。',
  zh: '这个小镇的港口委员会周二表示，北码头将重新开放。',
  ko: '작은 도시의 항만 위원회는 화요일에 북쪽 부두를 다시 열겠다고 밝혔다.',
  ar: 'قال مجلس الميناء في البلدة الصغيرة يوم الثلاثاء إنه سيعيد فتح الرصيف الشمالي.',
};

describe('detectLanguage', () => {
  it.each([
    ['en', 'en'],
    ['fr', 'und'],
    ['de', 'und'],
    ['es', 'und'],
    ['nl', 'und'],
    ['ru', 'und'],
    ['el', 'el'],
    ['ja', 'ja'],
    ['zh', 'zh'],
    ['ko', 'ko'],
    ['ar', 'und'],
  ] as const)('%s text → %s', (key, lang) => {
    const guess = detectLanguage(TEXTS[key]);
    expect(guess.lang).toBe(lang);
    expect(guess.confidence).toBeGreaterThan(0.5);
    expect(guess.reason).not.toBe('');
  });

  it.each([
    ['a short headline', 'Storm closes port', 'en'],
    ['digits only', '2024 1 2 3', 'und'],
    ['empty', '', 'und'],
  ])('%s → %s', (_name, text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it('keeps English with a few foreign names', () => {
    const text = `${TEXTS.en} The mayor, Jean-François Müller, thanked the workers of Škoda and Łódź for their patience.`;
    expect(detectLanguage(text).lang).toBe('en');
  });

  it('is linear: a 5 MB text takes milliseconds, as it reads only a sample', () => {
    const big = TEXTS.en.repeat(40_000);
    const t0 = performance.now();
    expect(detectLanguage(big).lang).toBe('en');
    expect(performance.now() - t0).toBeLessThan(200);
  });
});

describe('languageGate', () => {
  const item = (text: string) => ({ kind: 'article' as const, origin: 'x.txt', article: makeArticle({ source: 'x', text, lang: 'xx' }) });

  it('lets English through with lang en', () => {
    const out = languageGate(item(TEXTS.en));
    expect(out.kind === 'article' && out.article.lang).toBe('en');
  });

  it.each([['fr'], ['ru'], ['ja']] as const)('skips %s with NG_E019 and the reason', (key) => {
    const out = languageGate(item(TEXTS[key]));
    expect(out).toMatchObject({ kind: 'skipped', code: 'NG_E019', origin: 'x.txt' });
    expect(out.kind === 'skipped' && out.reason).toMatch(/expected English, found .*\(.+\)/);
  });

  it('passes failures through', () => {
    const f = { kind: 'failed' as const, origin: 'x', code: 'NG_E012', reason: 'empty' };
    expect(languageGate(f)).toBe(f);
  });
});
