import { loadPage, noCourse, notCourse } from '../inputs.ts';
import { jsonForTerminal } from '../terminal.ts';
import { CliError } from '../io.ts';
import { table } from '../table.ts';
import { parse } from './score.ts';
import { lowConfidence } from '../describe-score.ts';
import type { Command } from './types.ts';

export const extractCommand: Command = {
  name: 'extract',
  usage: 'cpd extract <file|url> [--json]',
  summary: 'Read the courses a provider page describes, with where each field came from.',
  async run(args, io) {
    const { values, positionals } = parse(args, { json: { type: 'boolean', default: false } });
    if (positionals.length !== 1) throw new CliError('extract: name one HTML file or URL (see cpd help)');
    const { courses, rejected } = await loadPage(positionals[0]!, io);
    if (values.json) {
      // Candidates turned away (a concert, a product, a news article) are listed apart, never among the courses.
      io.out(jsonForTerminal({ courses, rejected }));
      return 0;
    }
    if (!courses.length) throw new CliError(noCourse(positionals[0]!, rejected));
    for (const course of courses) {
      const warning = lowConfidence(course);
      if (warning) io.out(warning);
      const rows = Object.entries(course)
        .filter(([key]) => key !== 'provenance' && key !== 'features')
        .map(([key, value]) => {
          const p = course.provenance?.[key as keyof NonNullable<typeof course.provenance>];
          return [key, typeof value === 'string' ? value : JSON.stringify(value), p ? `${p.source} ${Math.round(p.confidence * 100)}%` : ''];
        });
      io.out(table([{ title: 'Field' }, { title: 'Value', wrap: true, min: 20 }, { title: 'Source' }], rows, io.columns));
      if (course.features?.length) io.out(`Features: ${course.features.map((f) => f.kind).join(', ')}`);
      io.out('');
    }
    if (rejected.length) io.out(rejected.map(notCourse).join('\n'));
    return 0;
  },
};
