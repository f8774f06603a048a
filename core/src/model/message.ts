/**
 * The shape of a sentence core wrote, as a key and its parameters (the zod schema stored records are
 * checked with). Saying it in a language is `i18n/message.ts`'s work; the schema lives with the other
 * schemas so the model depends on nothing above it.
 */
import { z } from '../zod.ts';
import { text } from './common.ts';

/** A message key: letters, digits, dots and dashes ("reason.priorities.for"). */
const Key = z.string().check(z.minLength(1), z.maxLength(80), z.regex(/^[a-z][\w.-]*$/i));
const ParamName = z.string().check(z.maxLength(40));
const Plain = z.union([text(400), z.number()]);
/** A code's name inside a sentence (a role, a phase, a delivery mode): a key without parameters. */
const NameSchema = z.object({ key: Key });

/**
 * A sentence inside another (a reason inside the verdict): a key and plain parameters, or names of
 * codes, alone or as a list that each language joins with commas (as both English and Welsh write them).
 */
export const InnerMessage = z.object({ key: Key, params: z.optional(z.record(ParamName, z.union([Plain, NameSchema, z.array(NameSchema).check(z.maxLength(20))]))) });

/**
 * A sentence core wrote, as a key and its parameters, so each view can say it in its own language;
 * stored beside the English text (which older readers, the CLI and JSON consumers keep using).
 */
export const Message = z.object({ key: Key, params: z.optional(z.record(ParamName, z.union([Plain, InnerMessage, z.array(InnerMessage).check(z.maxLength(20))]))) });
export type Message = z.infer<typeof Message>;
export type InnerMessage = z.infer<typeof InnerMessage>;
