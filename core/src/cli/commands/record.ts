import { pdRecord, pdRecordCsv } from '../../record/pd-record.ts';
import { jsonForTerminal } from '../terminal.ts';
import { CliError } from '../io.ts';
import { describeRecord } from '../describe-record.ts';
import { toId } from '../../import/index.ts';
import { loadEvaluations, loadRequests, mappingOption } from './leader-inputs.ts';
import { parse, widthOf } from './score.ts';
import type { Command } from './types.ts';

export const recordCommand: Command = {
  name: 'record',
  usage: 'cpd record <staffId> --requests FILE [--evaluations FILE] [--mapping NAME|FILE] [--json|--csv|--wide]',
  summary: 'A member of staff’s portable record of training undertaken, to export and take with them.',
  async run(args, io) {
    const { values, positionals } = parse(args, { requests: { type: 'string' }, evaluations: { type: 'string' }, json: { type: 'boolean', default: false }, csv: { type: 'boolean', default: false }, wide: { type: 'boolean', default: false }, ...mappingOption });
    if (positionals.length !== 1 || !values.requests) throw new CliError('record: name one staff id and --requests FILE');
    const ctx = { mappings: values.mapping };
    // Ids made from e-mail addresses on import are made the same way here, so either can be typed.
    const record = pdRecord(toId(positionals[0]!), await loadRequests(values.requests, io, ctx), values.evaluations ? await loadEvaluations(values.evaluations, io, ctx) : []);
    if (values.json) io.out(jsonForTerminal(record));
    else if (values.csv) io.out(pdRecordCsv(record).trimEnd());
    else {
      io.out(describeRecord(record, widthOf(values, io)));
    }
    return 0;
  },
};
