import { defaultPolicy } from '../../policy/default-policy.ts';
import { jsonForTerminal } from '../terminal.ts';
import { loadPolicy } from '../inputs.ts';
import { CliError } from '../io.ts';
import { table, wrapProse } from '../table.ts';
import { parse } from './score.ts';
import type { Command } from './types.ts';

export const policyCommand: Command = {
  name: 'policy',
  usage: 'cpd policy check <file> | cpd policy default',
  summary: 'Check a school policy file, or print the default policy to start one from.',
  async run(args, io) {
    const [action, ...rest] = args;
    if (action === 'default') {
      io.out(jsonForTerminal({ $schema: 'https://cpd-lens.example/schemas/policy.schema.json', ...defaultPolicy }));
      return 0;
    }
    if (action !== 'check') throw new CliError('policy: use "cpd policy check <file>" or "cpd policy default"');
    const { positionals } = parse(rest, {});
    if (positionals.length !== 1) throw new CliError('policy check: name one policy file');
    const policy = await loadPolicy(positionals[0]!, io);
    const total = policy.criteria.reduce((n, c) => n + c.weight, 0);
    io.out(wrapProse(`${positionals[0]}: valid — “${policy.name}”, ${policy.criteria.length} criteria, ${policy.bands.length} bands`, io.columns));
    io.out(table([{ title: 'Criterion', wrap: true, min: 20 }, { title: 'Judge' }, { title: 'Weight', align: 'right' }, { title: 'Share', align: 'right' }], policy.criteria.map((c) => [c.label, c.judge, String(c.weight), total ? `${Math.round((c.weight / total) * 100)}%` : '0%']), io.columns));
    return 0;
  },
};
