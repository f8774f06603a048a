import { z } from '../zod.ts';
import { Id } from '../model/common.ts';
import { Course } from '../model/course.ts';
import { CostRecord } from '../model/cost-record.ts';
import { PdTarget } from '../model/profile.ts';
import { check, parseJson, type Checked } from '../model/validate.ts';

/** What the extension hands to the school's request form: the course and the targets it serves. */
export const Handoff = z.object({
  v: z.literal(1),
  course: Course,
  /** The member of staff's PD targets this course serves, with their text (the form may not know them). */
  targets: z.array(PdTarget).check(z.maxLength(20)),
  objectiveIds: z.array(Id).check(z.maxLength(50)),
  score: z.optional(z.object({ total: z.number(), band: z.string().check(z.maxLength(80)), coverage: z.number() })),
  /** The cost facts as the label showed them: the form carries them unchanged into the request. */
  cost: z.optional(CostRecord),
  /** Set when the PD targets and score were left out (a link in an address): the form asks for the targets instead. */
  targetsLeftOut: z.optional(z.literal(true)),
});
export type Handoff = z.infer<typeof Handoff>;

/** The URL-fragment key; a fragment never reaches the intranet's server logs. */
export const HANDOFF_KEY = 'cpd-request';
const MAX_FRAGMENT = 60_000;

function toBase64Url(textValue: string): string {
  const bytes = new TextEncoder().encode(textValue);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string {
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** Encodes a hand-off as a URL fragment (`#cpd-request=…`) to append to the request form's page URL. */
export function encodeHandoff(handoff: Handoff): string {
  return `#${HANDOFF_KEY}=${toBase64Url(JSON.stringify(handoff))}`;
}

/** Reads a hand-off the extension answered the form with (JSON), validating it as a link's. */
export function readHandoffJson(json: string): Checked<Handoff> {
  const parsed = parseJson(json);
  return parsed.ok ? check(Handoff, parsed.value) : parsed;
}

/** Reads a hand-off from a URL fragment, validating it: a tampered or truncated link gets a clear problem. */
export function decodeHandoff(fragment: string): Checked<Handoff> | null {
  const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const param = new URLSearchParams(raw).get(HANDOFF_KEY);
  if (param === null) return null;
  if (param.length > MAX_FRAGMENT) return { ok: false, problems: [{ path: '', message: 'the link is too long to be a CPD Lens request' }] };
  let json: string;
  try {
    json = fromBase64Url(param);
  } catch {
    return { ok: false, problems: [{ path: '', message: 'the link is damaged (it is not valid base64)' }] };
  }
  return readHandoffJson(json);
}
