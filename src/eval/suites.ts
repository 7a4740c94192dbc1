// The evaluation suites that `newsgraph eval` knows, by name.
import { ecbplusPronouns } from './ecbplus-pronouns.js';
import { penta } from './events-penta.js';
import { petr2Gsr } from './events-petr2-gsr.js';
import { petrUnit } from './events-petr-unit.js';
import { ploverGsr } from './events-plover-gsr.js';
import { tabari } from './events-tabari.js';
import { polnear } from './polnear.js';
import { re3dEntities } from './re3d-entities.js';
import { re3dMoney } from './re3d-money.js';
import type { EvalSuite } from './suite.js';
import { tempeval3 } from './tempeval3.js';
import { wikigold } from './wikigold.js';

export const SUITES: EvalSuite[] = [tempeval3, re3dMoney, petrUnit, tabari, petr2Gsr, ploverGsr, penta, polnear, ecbplusPronouns, re3dEntities, wikigold];
