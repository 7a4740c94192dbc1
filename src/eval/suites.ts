// The evaluation suites that `newsgraph eval` knows, by name.
import { polnear } from './polnear.js';
import { re3dMoney } from './re3d-money.js';
import type { EvalSuite } from './suite.js';
import { tempeval3 } from './tempeval3.js';

export const SUITES: EvalSuite[] = [tempeval3, re3dMoney, polnear];
