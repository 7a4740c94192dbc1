// Refuses DOM trees that readability would take minutes on (its time grows with depth²).

/** The DOM members the walk uses; with linkedom all three are O(1). */
interface TreeNode {
  nodeType: number;
  firstChild: TreeNode | null;
  nextSibling: TreeNode | null;
  parentNode: TreeNode | null;
}

export interface DomLimits {
  maxElements: number;
  maxDepth: number;
  /** Cap on the sum over elements of depth², the measured driver of readability's time. */
  maxDepthSquares: number;
}

/**
 * Measured on linkedom + readability 0.6 (2-core laptop): one chain of 1,000 nested divs took
 * 6.4 s and of 2,000 took 44 s (about 15 ns per unit of depth², summed over elements); 100k
 * flat elements took 6 s. These limits keep a page under about 2 s; real news pages have a
 * few thousand elements at depths of 10–40, a sum of depth² near 10⁶.
 */
export const DEFAULT_DOM_LIMITS: DomLimits = { maxElements: 60_000, maxDepth: 400, maxDepthSquares: 100_000_000 };

const ELEMENT = 1;

/**
 * Why the tree under `root` is over a limit, or null when it is within them all. The walk is
 * iterative and stops at the first limit passed, so its own cost is bounded too.
 */
export function domOverLimits(root: unknown, limits: DomLimits = DEFAULT_DOM_LIMITS): string | null {
  const top = root as TreeNode;
  let node = top.firstChild;
  let depth = 1;
  let elements = 0;
  let squares = 0;
  while (node) {
    if (node.nodeType === ELEMENT) {
      elements++;
      squares += depth * depth;
      if (depth > limits.maxDepth) return `elements nested more than ${limits.maxDepth} deep`;
      if (elements > limits.maxElements) return `more than ${limits.maxElements} elements`;
      if (squares > limits.maxDepthSquares) return `deep nesting across many elements (sum of depth² over ${limits.maxDepthSquares})`;
      if (node.firstChild) {
        node = node.firstChild;
        depth++;
        continue;
      }
    }
    while (node && node !== top && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== top ? node.nextSibling : null;
  }
  return null;
}
