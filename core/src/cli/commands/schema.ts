import { mkdir, writeFile } from 'node:fs/promises';
import { jsonForTerminal } from '../terminal.ts';
import { join } from 'node:path';
import { DOCUMENT_SCHEMAS, jsonSchemaOf, type DocumentName } from '../../model/json-schema.ts';
import { CliError } from '../io.ts';
import { parse } from './score.ts';
import type { Command } from './types.ts';

export const schemaCommand: Command = {
  name: 'schema',
  usage: `cpd schema <${Object.keys(DOCUMENT_SCHEMAS).join('|')}> | cpd schema --out DIR`,
  summary: 'Print the JSON Schema of a document, or write them all to a folder.',
  async run(args, io) {
    const { values, positionals } = parse(args, { out: { type: 'string' } });
    if (values.out) {
      await mkdir(values.out, { recursive: true });
      for (const name of Object.keys(DOCUMENT_SCHEMAS) as DocumentName[]) {
        await writeFile(join(values.out, `${name}.schema.json`), `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`);
      }
      io.out(`wrote ${Object.keys(DOCUMENT_SCHEMAS).length} schemas to ${values.out}`);
      return 0;
    }
    const name = positionals[0];
    if (!name || !(name in DOCUMENT_SCHEMAS)) throw new CliError(`schema: name one of ${Object.keys(DOCUMENT_SCHEMAS).join(', ')}`);
    io.out(jsonForTerminal(jsonSchemaOf(name as DocumentName)));
    return 0;
  },
};
