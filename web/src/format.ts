// Labels and colours shared by the views: quad classes, Goldstein scores, entity types.

export const QUADS: Record<number, { label: string; short: string; color: string }> = {
  1: { label: 'Verbal cooperation', short: 'verbal coop.', color: '#5b9bd5' },
  2: { label: 'Material cooperation', short: 'material coop.', color: '#1f6fb2' },
  3: { label: 'Verbal conflict', short: 'verbal conflict', color: '#e8944a' },
  4: { label: 'Material conflict', short: 'material conflict', color: '#c23b22' },
};

/** CAMEO root codes and their names (the CAMEO 1.1b3 codebook). */
export const ROOTS: Record<string, string> = {
  '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate', '04': 'Consult',
  '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation', '07': 'Provide aid', '08': 'Yield',
  '09': 'Investigate', '10': 'Demand', '11': 'Disapprove', '12': 'Reject', '13': 'Threaten', '14': 'Protest',
  '15': 'Exhibit force posture', '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault', '19': 'Fight',
  '20': 'Use unconventional mass violence',
};

const ROOT_COLORS = [
  '#4e79a7', '#a0cbe8', '#f28e2b', '#ffbe7d', '#59a14f', '#8cd17d', '#b6992d', '#f1ce63', '#499894', '#86bcb6',
  '#e15759', '#ff9d9a', '#79706e', '#bab0ac', '#d37295', '#fabfd2', '#b07aa1', '#d4a6c8', '#9d7660', '#d7b5a6',
];

export function rootColor(root: string): string {
  return ROOT_COLORS[(Number(root) - 1 + 20) % 20]!;
}

function mix(a: string, b: string, t: number): string {
  const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return `#${pa.map((x, i) => Math.round(x + (pb[i]! - x) * t).toString(16).padStart(2, '0')).join('')}`;
}

/** Goldstein −10 (conflict, red) … 0 (grey) … +10 (cooperation, blue). */
export function goldsteinColor(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  return t < 0 ? mix('#9a9a9a', '#c0271c', -t) : mix('#9a9a9a', '#1f5fb2', t);
}

export function fmtNum(n: number, digits = 1): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(digits);
}

export function fmtGoldstein(g: number): string {
  return (g > 0 ? '+' : '') + fmtNum(g);
}

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'GROUP'] as const;
