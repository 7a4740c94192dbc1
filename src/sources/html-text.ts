// HTML to plain text: one paragraph per block element, joined by blank lines; <br> a line break.
import { parseHTML } from 'linkedom';
import { parseCostProblem, stripTags } from './html-scan.js';
import { decodeXmlText } from './xml-text.js';

/** The few DOM members the walk uses (the project compiles without the DOM lib). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL',
]);
const DROP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS',
  'BUTTON', 'SELECT', 'TEXTAREA',
]);
const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Accumulates inline text and closes paragraphs. */
class Paragraphs {
  readonly done: string[] = [];
  private current = '';

  add(text: string): void {
    this.current += text;
  }

  close(): void {
    const lines = this.current.split('\n').map((l) => l.replace(/[ \t\r\f\v]+/g, ' ').trim());
    const para = lines.filter((l) => l !== '').join('\n');
    if (para !== '') this.done.push(para);
    this.current = '';
  }
}

type Step = { node: DomNode; leave: boolean };

/**
 * Text of a DOM subtree, one paragraph per block element, paragraphs joined by `\n\n`.
 * The walk is iterative, so deeply nested markup cannot overflow the stack.
 */
export function nodeToText(root: DomNode): string {
  const out = new Paragraphs();
  const stack: Step[] = [{ node: root, leave: false }];
  let preDepth = 0;
  for (let step = stack.pop(); step; step = stack.pop()) {
    const { node } = step;
    const name = node.nodeName.toUpperCase();
    if (step.leave) {
      if (name === 'PRE') preDepth--;
      out.close();
      continue;
    }
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      const data = node.textContent ?? '';
      out.add(preDepth > 0 ? data : data.replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== ELEMENT && node !== root) continue;
    if (DROP.has(name)) continue;
    if (name === 'BR') out.add('\n');
    else if (name === 'TD' || name === 'TH') out.add(' ');
    if (BLOCK.has(name)) {
      out.close();
      if (name === 'PRE') preDepth++;
      stack.push({ node, leave: true });
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] as DomNode, leave: false });
  }
  out.close();
  return out.done.join('\n\n');
}

/** Parses an HTML document or fragment into a linkedom document. */
export function parseDocument(html: string): ReturnType<typeof parseHTML>['document'] {
  const whole = /<html[\s>]/i.test(html.slice(0, 4096));
  return parseHTML(whole ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
}

/**
 * Text of an HTML fragment (a feed item's content), in paragraphs. Markup too costly to
 * parse (see html-scan.ts) is reduced by a linear tag strip instead, to one paragraph.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  if (parseCostProblem(html)) return decodeXmlText(stripTags(html)).replace(/\s+/g, ' ').trim();
  const doc = parseDocument(html);
  const body = (doc.body ?? doc.documentElement) as unknown as DomNode | null;
  return body ? nodeToText(body) : '';
}
