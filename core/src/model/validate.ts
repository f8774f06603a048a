import type { z } from '../zod.ts';
import { z as zm } from '../zod.ts';

/** One problem with an input, located by a readable path ("criteria[2].weight") and said in plain English. */
export interface Problem {
  path: string;
  message: string;
}

/** The result of checking outside data: the typed value, or every problem found. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Formats a zod issue path as `criteria[2].weight`; empty for the top level. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

type Issue = z.core.$ZodIssue;

/** Says one zod issue in words a non-technical user understands (zod/mini ships no locale). */
export function describeIssue(issue: Issue): string {
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && 'input' in issue && issue.input === undefined) return 'is missing';
  switch (issue.code) {
    case 'invalid_type':
      return `should be ${article(issue.expected)}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'should not be empty' : `should have at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `should have at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      return `should be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `is too long (at most ${issue.maximum} characters)`;
      if (issue.origin === 'array') return `has too many items (at most ${issue.maximum})`;
      return `should be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'invalid_value':
      return `should be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex' ? 'is not in the expected format' : `should be a valid ${issue.format}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length === 1 ? '' : 's'}: ${issue.keys.join(', ')}`;
    case 'invalid_key':
      return 'has a key that is not allowed';
    case 'invalid_union':
      return 'does not match any allowed form';
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
  }
}

function article(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object ({ … })',
    literal: 'a fixed value',
  };
  return words[expected] ?? `a ${expected}`;
}

/** Checks untrusted data against a schema, never throwing, and lists every problem in plain English. */
export function check<S extends z.ZodMiniType>(schema: S, value: unknown): Checked<z.infer<S>> {
  const result = zm.safeParse(schema, value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.slice(0, 50).map((issue) => ({
    path: formatPath(issue.path),
    message: describeIssue(issue),
  }));
  return { ok: false, problems };
}

/** Renders problems as lines such as `policy.json: criteria[2].weight should be a number`. */
export function formatProblems(problems: readonly Problem[], where = ''): string {
  const prefix = where ? `${where}: ` : '';
  return problems.map((p) => `${prefix}${p.path ? `${p.path} ` : ''}${p.message}`).join('\n');
}

/** Parses JSON text without throwing; the error says where the syntax broke. */
export function parseJson(textValue: string): Checked<unknown> {
  try {
    return { ok: true, value: JSON.parse(textValue) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', message: `is not valid JSON (${reason})` }] };
  }
}
