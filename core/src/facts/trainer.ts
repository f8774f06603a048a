/**
 * Who leads the course, when the page names them: a name, a role and credentials ("led by Dr Amina
 * Patel, former headteacher and NPQH facilitator"). A named trainer with a role or credentials is
 * evidence of the provider's expertise; an unnamed "our experts" is not.
 */
import type { Trainer } from '../model/facts.ts';
import type { Part } from './structure.ts';

const NAME = "((?:Dr|Prof(?:essor)?|Mr|Mrs|Ms|Miss|Mx)\\.?\\s+)?([A-Z][a-z'’-]+(?:\\s+[A-Z][a-z'’-]+){1,2})";
const LED_BY = new RegExp(`\\b(?:[Ll]ed|[Dd]elivered|[Pp]resented|[Ff]acilitated|[Rr]un|[Tt]aught|[Hh]osted|[Dd]esigned) by\\s+${NAME}`);
const LABEL = /^(?:trainers?|facilitators?|presenters?|speakers?|tutors?|course leaders?|your trainers?|led by|delivered by|about the (?:trainer|facilitator|presenter|speaker|tutor)s?|meet (?:the|your) (?:trainer|facilitator|presenter|tutor)s?)$/i;
const LABEL_NAME = new RegExp(`^${NAME}`);
const ROLE = /\b(?:former|ex-|is an?|is the|currently|experienced|serving|specialist|senior|lead|national|chartered|qualified)\b[^.;]{0,80}\b(?:headteacher|head teacher|teacher|leader|senco|consultant|adviser|advisor|lecturer|researcher|trainer|facilitator|inspector|practitioner|coach|psychologist|therapist|specialist|deputy|director|nurse|author)\b/i;
const CREDENTIALS = /\b(?:PhD|EdD|MA|MEd|MSc|NPQH|NPQSL|NPQML|NASENCo|QTS|Ofsted|HMI|Chartered|Fellow|FCCT|author of|has (?:trained|worked|taught|led)|(?:\d{1,2}|twenty|fifteen|ten) years)\b[^.;]{0,80}/;
/** "Dr" or a credential is enough beside a name; a bare two-word name needs a role. */
const TITLE = /^(?:Dr|Prof)/;

/** The trainer the block names, with role and credentials where stated. */
export function readTrainer(parts: readonly Part[]): Trainer | undefined {
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (/^[“"]/.test(p.text)) continue;
    const underLabel = LABEL.test(p.label ?? '') || LABEL.test(p.heading.replace(/[:\s]+$/, ''));
    // ("… by" needs its space before "by": most parts have none, and the pattern is tried at every position of the rest)
    const m = (p.text.includes(' by') ? LED_BY.exec(p.text) : null) ?? (underLabel ? LABEL_NAME.exec(p.text) : null);
    if (!m) continue;
    const rest = p.text.slice(m.index) + (underLabel && p.text.length < 80 ? ` ${parts[i + 1]?.text ?? ''}` : '');
    const role = ROLE.exec(rest)?.[0];
    const credentials = CREDENTIALS.exec(rest)?.[0];
    if (!role && !credentials && !TITLE.test(m[1] ?? '')) continue;
    const t: Trainer = { name: `${m[1] ?? ''}${m[2]}`.trim(), quote: rest.slice(0, 300) };
    if (role) t.role = role.slice(0, 120);
    if (credentials) t.credentials = credentials.slice(0, 120);
    return t;
  }
  return undefined;
}
