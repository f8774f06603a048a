import { ImportMapping, READY_MAPPINGS, mappingProblems } from '../../import/index.ts';
import { checked, jsonFrom, readBytes, utf8 } from '../inputs.ts';
import { CliError } from '../io.ts';
import { jsonForTerminal } from '../terminal.ts';
import { table, wrapProse } from '../table.ts';
import type { Command } from './types.ts';

export const mappingCommand: Command = {
  name: 'mapping',
  usage: 'cpd mapping | cpd mapping NAME > my-mapping.json | cpd mapping check FILE',
  summary: 'Column mappings for CSV and XLSX exports: list the ready ones, print one to adapt, or check yours.',
  async run(args, io) {
    const [action, file] = args;
    if (!action) {
      io.out(table([{ title: 'Mapping' }, { title: 'Reads', wrap: true, min: 30 }], Object.entries(READY_MAPPINGS).map(([name, m]) => [name, m.description ?? m.kind]), io.columns));
      io.out(wrapProse('\nUse --mapping NAME or --mapping FILE with budget, report and record. CSV and XLSX files whose columns match a ready mapping need none.', io.columns));
      return 0;
    }
    if (action === 'check') {
      if (!file) throw new CliError('mapping check: name one mapping file');
      const mapping = checked(file, ImportMapping, jsonFrom(file, utf8(await readBytes(file, io, 256 * 1024))));
      const problems = mappingProblems(mapping);
      if (problems.length) throw new CliError(problems.map((p) => `${file}: ${p}`).join('\n'));
      io.out(`${file}: valid — reads ${mapping.kind}${mapping.document ? ` from the JSON in column “${mapping.document}”` : `, ${Object.keys(mapping.columns ?? {}).length} columns mapped`}`);
      return 0;
    }
    const ready = READY_MAPPINGS[action];
    if (!ready) throw new CliError(`mapping: no ready mapping "${action}"; ready: ${Object.keys(READY_MAPPINGS).join(', ')}`);
    io.out(jsonForTerminal(ready));
    return 0;
  },
};
