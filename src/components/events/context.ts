// Per-document facts the event coder consults for every trigger, computed once in a single
// pass: which tokens stand inside quotation marks, and where speech verbs are.
import type { Doc } from '../../doc/doc.js';

const SPEECH = new Set(['say', 'tell', 'claim', 'state', 'announce', 'report', 'allege', 'insist', 'warn', 'add', 'according', 'write', 'assert', 'argue', 'quote']);

export interface DocContext {
  /** 1 where the token is inside a quotation. */
  quoted: Uint8Array;
  /** Speech-verb token indices per sentence. */
  speech: Map<number, number[]>;
  /** 1 at a speech verb that closes an attribution: ', X said' or ', said X'. */
  attribution: Uint8Array;
}

export function docContext(doc: Doc): DocContext {
  const t = doc.tokens;
  const quoted = new Uint8Array(doc.size);
  const speech = new Map<number, number[]>();
  const attribution = new Uint8Array(doc.size);
  let open = false;
  for (let i = 0; i < doc.size; i++) {
    const v = t.value[i]!;
    if (v.includes('\n\n')) open = false;
    if (v === '“' || (v === '"' && !open)) open = true;
    else if (v === '”' || v === '"') open = false;
    else if (open) quoted[i] = 1;
    if (SPEECH.has(t.lemma[i]!.toLowerCase()) && (t.pos[i] === 'VERB' || v.toLowerCase() === 'according')) {
      const s = doc.sentenceOfToken(i);
      const list = speech.get(s);
      if (list) list.push(i);
      else speech.set(s, [i]);
      // ", saying ..." / ", adding ...": the subject's own words follow; the clause before is not reported.
      const participle = /ing$/i.test(v) && v.toLowerCase() !== 'according';
      for (let k = i - 1; k >= 0 && i - k <= 4 && !participle; k--) if (/^[,"”’']$/.test(t.value[k]!)) attribution[i] = 1;
    }
  }
  return { quoted, speech, attribution };
}

/** An event inside reported speech: a speech verb before its clause, or ", X said" after it. */
export function isReported(ctx: DocContext, sentence: number, clauseStart: number, trigger: number, clauseEnd: number): boolean {
  if (ctx.quoted[trigger]) return true;
  for (const k of ctx.speech.get(sentence) ?? []) {
    if (k === trigger) continue;
    if (k < clauseStart) return true;
    // ", officials said" after the clause; a later verb of its own clause does not report it.
    if (k > clauseEnd && ctx.attribution[k]) return true;
  }
  return false;
}
