// `newsgraph eval SUITE`: runs the pipeline over a gold set and prints P/R/F1 per field.
import { NewsgraphError } from '../../errors.js';
import { formatReport } from '../../eval/format-report.js';
import { sharedDir } from '../../eval/suite.js';
import { SUITES } from '../../eval/suites.js';
import { parse, str } from '../args.js';
import type { Command } from '../command.js';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'measure extraction against a gold set (precision, recall, F1)',
  get usage() {
    return `newsgraph eval SUITE... [--json] [--data DIR]

Runs the pipeline over a gold set read at run time and prints precision, recall and F1 per
field. The gold sets live in the shared data folder: --data DIR, else $NEWSGRAPH_SHARED,
else ../shared beside the newsgraph folder. 'all' runs every suite.

suites:
${SUITES.map((s) => `  ${s.name.padEnd(17)} ${s.description}`).join('\n')}`;
  },
  async run(argv, io) {
    const p = parse('eval', argv, { json: { type: 'boolean' }, data: { type: 'string' } });
    const names = p.positionals.includes('all') ? SUITES.map((s) => s.name) : p.positionals;
    if (names.length === 0) throw new NewsgraphError('NG_E001', 'eval: no suite named', { hint: `name one of: ${SUITES.map((s) => s.name).join(', ')}, or all` });
    const suites = names.map((n) => {
      const s = SUITES.find((x) => x.name === n);
      if (!s) throw new NewsgraphError('NG_E002', `eval: unknown suite "${n}"`, { hint: `known suites: ${SUITES.map((x) => x.name).join(', ')}` });
      return s;
    });
    const dir = sharedDir(str(p, 'data'));
    for (const s of suites) {
      const report = await s.run(dir);
      if (p.values.json) io.out(JSON.stringify(report));
      else io.out([...formatReport(report), ''].join('\n'));
    }
    return 0;
  },
};
