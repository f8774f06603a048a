import { describe, expect, it } from 'vitest';
import { coverDaysFor, defaultPolicy, detectFeatures, profileCourse, scoreCourse, type Course, type Profile } from '../../src/index.ts';
import { accreditationOf } from '../../src/parse/words.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCourses } from '../../src/node.ts';
import { analyseCourse } from '../../src/course-profile/analyse.ts';

/** One unit test per defect class of issue 9's "Why": each failed on the engine before it. */
const course = (title: string, description: string, extra: Partial<Course> = {}): Course => ({ title, description, ...extra });
const criterion = (c: Course, id: string, staff?: Profile) => scoreCourse(c, defaultPolicy, staff).criteria.find((k) => k.id === id)!;
const kinds = (text: string) => detectFeatures(text).filter((f) => f.kind !== 'schedule' && f.kind !== 'funding').map((f) => f.kind);
const teacher: Profile = { schemaVersion: 1, id: 't', role: 'teacher', subjects: [], targets: [{ id: 't1', text: 'Improve marking and feedback in KS3 science' }] };

describe('evidence from phrases, not stems', () => {
  it('a speaker’s surname is not a topic: “Dr Sam Marking” serves no target on marking', () => {
    const keynote = course('Motivation keynote', 'An inspiring morning with Dr Sam Marking, who has spoken at over 300 events.');
    const match = scoreCourse(keynote, defaultPolicy, teacher).targets.find((t) => t.targetId === 't1')!;
    expect(match.matched).not.toContain('marking');
    expect(match.strength).toBe(0);
  });

  it('“refresher” is not refreshments, and refreshments are not accommodation', () => {
    expect(kinds('DSL refresher training for designated safeguarding leads.')).not.toContain('accessible-venue');
    expect(kinds('Refreshments provided throughout the day.')).not.toContain('accessible-venue');
  });

  it('a quoted testimonial does not make a one-off talk sustained', () => {
    const talk = course('Evening talk: memory and learning', 'A one-off evening talk. “I was thinking about it for weeks after and our whole department has changed its practice over the year.” — Head of Science', { sessions: [{ start: '2027-03-10T18:00:00Z', hours: 1.5 }] });
    expect(criterion(talk, 'sustained').score).toBeLessThan(0.5);
    expect(profileCourse(talk, defaultPolicy).schedule.sustained).toBe(false);
  });

  it('“summer term” does not make three consecutive days sustained', () => {
    const days = course('Summer term maths intensive', 'Three days in the summer term.', { sessions: ['2027-06-14', '2027-06-15', '2027-06-16'].map((d) => ({ start: `${d}T09:00:00Z`, hours: 6 })) });
    expect(profileCourse(days, defaultPolicy).schedule.sustained).toBe(false);
    expect(criterion(days, 'sustained').score).toBeLessThan(0.5);
  });

  it('the word “research” alone settles nothing; a cited source scores above a claim', () => {
    expect(criterion(course('Behaviour day', 'Our team loves research and reading.'), 'research-evidence').score).toBeNull();
    const claim = criterion(course('Behaviour day', 'An evidence-informed approach to routines.'), 'research-evidence').score!;
    const cited = criterion(course('Behaviour day', 'Built on the EEF guidance report on behaviour.'), 'research-evidence').score!;
    expect(cited).toBeGreaterThan(claim);
  });

  it('a case-review phrase is not a peer testimonial', () => {
    expect(kinds('Learning from serious case reviews and local child safeguarding practice reviews.')).not.toContain('peer-reviewed');
    expect(criterion(course('DSL update', 'Learning from serious case reviews.'), 'peer-feedback').score).toBeNull();
  });

  it('negation: “no follow-up” and “without coaching” are not follow-up or coaching', () => {
    expect(kinds('This is a single session with no follow-up.')).not.toContain('follow-up');
    expect(kinds('Delivered without coaching or observation.')).not.toContain('feedback-to-participants');
    expect(kinds('Includes follow-up coaching calls.')).toContain('follow-up');
  });

  it('navigation and footer words are not evidence', () => {
    const text = 'Home | Research | Coaching | Collaboration | Contact\nA one-day course on phonics.\n© 2027 Provider Ltd. Cookies and privacy policy';
    expect(kinds(text)).toEqual([]);
  });

  it('one generic word never settles a criterion: “expert”, “weeks”, “term”, “resources”', () => {
    const thin = course('Great teaching day', 'Our experts share resources you can use for weeks this term.');
    for (const id of ['provider-expertise', 'sustained', 'good-practice']) expect(criterion(thin, id).score, id).toBeNull();
  });

  it('acronyms match only in capitals: “send us an email” is not SEND', () => {
    expect([...analyseCourse(course('Maths day', 'Please send us an email to book.')).concepts.keys()]).not.toContain('send');
    expect([...analyseCourse(course('Maths day', 'Adaptive maths for pupils with SEND.')).concepts.keys()]).toContain('send');
  });
});

describe('dates and schedule', () => {
  it('three dates offered for an in-school INSET are alternatives, not a series, and need no cover', () => {
    const inset = course('Whole-school INSET: adaptive teaching', 'A full-day INSET day delivered in your school. Choose one of the following dates.', { delivery: 'in-school', sessions: ['2027-01-04', '2027-04-19', '2027-09-01'].map((d) => ({ start: `${d}T09:00:00Z`, hours: 6 })) });
    const p = profileCourse(inset, defaultPolicy);
    expect(p.schedule).toMatchObject({ sessions: 1, alternatives: 2, contactHours: 6, timing: 'inset-day', daysOutOfClass: 0 });
    expect(coverDaysFor(inset, { policy: defaultPolicy })).toBe(0);
  });

  it('a conference that "takes place during the Easter holidays" needs no cover; weekly twilights with "no session during half term" are not held in a holiday', () => {
    const days = ['2027-03-30', '2027-03-31', '2027-04-01'].map((d) => ({ start: `${d}T09:00:00Z`, hours: 6 }));
    const easter = profileCourse(course('AME Annual Conference 2027', 'Our annual conference takes place during the Easter holidays.', { sessions: days }), defaultPolicy);
    expect(easter.schedule).toMatchObject({ timing: 'holiday', daysOutOfClass: 0 });
    const weekly = profileCourse(course('Welsh in the classroom', 'Every Wednesday (no session during half term).', { sessions: ['2027-01-13', '2027-01-20'].map((d) => ({ start: `${d}T10:00:00Z`, hours: 1.5 })) }), defaultPolicy);
    expect(weekly.schedule.timing).not.toBe('holiday');
  });

  it('"Six Saturday study days" over six dates is one series, though the page also counts "two modules"', () => {
    const days = ['2027-01-23', '2027-02-20', '2027-03-20', '2027-04-24', '2027-05-22', '2027-06-19'].map((d) => ({ start: `${d}T09:30:00Z`, hours: 6 }));
    const p = profileCourse(course('PGCert Coaching', 'January to July 2027 (two modules). Six Saturday study days on campus, 9.30am – 3.30pm.', { sessions: days }), defaultPolicy);
    expect(p.schedule).toMatchObject({ sessions: 6, alternatives: 0, contactHours: 36, daysOutOfClass: 0 });
  });

  it("three face-to-face days listed without times are not timed by the next line's 'Six online facilitated sessions (twilights, 4.00pm–5.30pm)'", () => {
    const html = '<main><h1>NPQ in Leading Teaching</h1><p>A national professional qualification for teachers lasting 12 months.</p><ul><li>Three face-to-face days at the hub: Tuesday 23 February 2027, Tuesday 22 June 2027 and Tuesday 9 November 2027</li><li>Six online facilitated sessions (twilights, 4.00pm–5.30pm), dates confirmed on registration</li></ul><p>Fee: £899 per participant.</p></main>';
    const [c] = extractCourses(html, 'https://hub.example.org.uk/npq', { context: 'asked' });
    expect(c?.sessions?.map((x) => x.start.length)).toEqual([10, 10, 10]);
    expect(profileCourse(c!, defaultPolicy).schedule).toMatchObject({ sessions: 3, timing: 'school-hours', daysOutOfClass: 3 });
  });

  it('a one-day course on three dates reads as alternatives even without the word', () => {
    const p = profileCourse(course('Phonics leadership', 'A one-day course.', { sessions: ['2027-02-02', '2027-03-09', '2027-05-11'].map((d) => ({ start: `${d}T09:30:00Z`, hours: 6 })) }), defaultPolicy);
    expect(p.schedule).toMatchObject({ sessions: 1, alternatives: 2, daysOutOfClass: 1 });
  });

  it('dates of different lengths (a launch day, twilights, a half-day workshop) are one programme, not repeats of a one-day course', () => {
    const at = (d: string, h: number, hours: number) => ({ start: `${d}T${String(h).padStart(2, '0')}:00:00Z`, hours });
    const p = profileCourse(course('Instructional coaching', 'Participants coach a colleague; one day out of school to launch.', { sessions: [at('2027-01-20', 9, 6.5), at('2027-03-03', 16, 1.5), at('2027-04-28', 15, 1.5), at('2027-06-16', 12, 3), at('2027-07-07', 15, 1.5)] }), defaultPolicy);
    expect(p.schedule).toMatchObject({ sessions: 5, alternatives: 0, contactHours: 14 });
  });

  it('a programme with one published start that states how long it runs is sustained over that span', () => {
    const p = profileCourse(course('Level 4 apprenticeship', 'Monthly online workshops and workplace coaching.', { sessions: [{ start: '2027-01-11' }], span: { days: 540, quote: 'Duration: 18 months' } }), defaultPolicy);
    expect(p.schedule).toMatchObject({ spanDays: 540, sustained: true });
  });

  it('undated sessions counted with their times add to the dated days', () => {
    const p = profileCourse(course('NPQ', 'Three face-to-face days. Eight online clinics, 4:00pm – 5:30pm (dates issued at induction).', { sessions: ['2027-03-04', '2027-06-24', '2027-11-16'].map((d) => ({ start: `${d}T09:30:00Z`, hours: 6 })) }), defaultPolicy);
    expect(p.schedule.contactHours).toBe(30);
  });

  it('"four 90-minute sessions" listed with their dates are not counted twice', () => {
    const at = (d: string, h: number, hours: number) => ({ start: `${d}T${String(h).padStart(2, '0')}:00:00Z`, hours });
    const p = profileCourse(course('Mentor training', 'Two training days. Four 90-minute sessions online, 4:00pm – 5:30pm, on the dates below.', { sessions: [at('2027-02-03', 9, 5.5), at('2027-02-24', 16, 1.5), at('2027-03-24', 16, 1.5), at('2027-05-12', 9, 5.5), at('2027-06-23', 15, 1.5), at('2027-07-14', 15, 1.5)] }), defaultPolicy);
    expect(p.schedule.contactHours).toBe(17);
  });

  it('one live online sitting of ninety minutes or less is a webinar, whatever the page calls it; a longer one or a series is not', () => {
    const sitting = (hours: number, extra: Partial<Course> = {}): Course => course('Taking control of workload', 'A twilight for teachers on workload and wellbeing, on Zoom.', { delivery: 'online-live', sessions: [{ start: '2027-02-11T16:30:00Z', hours }], ...extra });
    expect(profileCourse(sitting(1.5), defaultPolicy).kind).toBe('webinar');
    expect(profileCourse(sitting(2), defaultPolicy).kind).toBe('course');
    expect(profileCourse(sitting(1.5, { delivery: 'face-to-face' }), defaultPolicy).kind).toBe('course');
    const series = sitting(1.5, { sessions: ['2027-02-11', '2027-03-11', '2027-04-22'].map((d) => ({ start: `${d}T16:30:00Z`, hours: 1.5 })) });
    expect(profileCourse(series, defaultPolicy).kind).not.toBe('webinar');
  });

  it("a trainer's credential is not the course's kind or accreditation: 'former deputy head and NPQSL facilitator'", () => {
    const series = course('Leading a Department', 'Six online twilights for middle leaders with action steps. Facilitators: Naomi Fletcher (former deputy head and NPQSL facilitator).');
    expect(accreditationOf(series.description!)).toEqual([]);
    expect(accreditationOf('This programme leads to the NPQSL, accredited by the DfE.')).toContain('NPQSL');
    expect(profileCourse(series, defaultPolicy).kind).not.toBe('npq');
  });

  it('reads a Welsh page\'s follow-up, collaboration and trainer as it reads an English one\'s, mutations and all', () => {
    const text = "Cyflwynydd: Dr Elin Wyn, Cydlynydd ADY ac athrawes arbenigol. Rhwng y ddau fore byddwch yn llunio proffil un dudalen ar gyfer dysgwr yn eich dosbarth ac yn ei drafod gyda chydweithwyr yn yr ail sesiwn.";
    expect(detectFeatures(text).map((f) => f.kind).filter((k) => k !== 'schedule')).toEqual(['expert-facilitator', 'follow-up', 'collaboration']);
    // one generic word is not a feature, in Welsh as in English
    expect(detectFeatures('Ymarfer sy’n canolbwyntio ar yr unigolyn.').filter((f) => f.kind !== 'schedule')).toEqual([]);
  });

  it('a programme taught on weekday evenings and Saturdays needs no cover', () => {
    const schedule = profileCourse(course('National MA Education (Wales)', 'Part-time, three years. Teaching is online on weekday evenings, with four Saturday study schools a year.'), defaultPolicy).schedule;
    expect(schedule).toMatchObject({ timing: 'twilight', daysOutOfClass: 0 });
  });

  it("names coaching and early career mentor training by their usual titles", () => {
    expect(profileCourse(course('One-to-One Leadership Coaching for Middle Leaders', 'Six one-hour sessions over two terms.'), defaultPolicy).kind).toBe('coaching');
    expect(profileCourse(course('Early Career Mentor Training 2027', 'Two training days and four twilights for mentors of ECTs.'), defaultPolicy).kind).toBe('ecf');
    expect(profileCourse(course('Coaching skills for middle leaders', 'A one-day course on coaching conversations.'), defaultPolicy).kind).toBe('course');
    // a title of "Mentor training" on a page about the mentor of an early career teacher
    expect(profileCourse(course('Mentor training – 2027 cohort', 'If your school has an early career teacher (ECT) starting in January 2027, their mentor can join our provider-led mentor training.'), defaultPolicy).kind).toBe('ecf');
    expect(profileCourse(course('Mentor training for sports coaches', 'A one-day course on mentoring junior coaches.'), defaultPolicy).kind).toBe('course');
  });

  it("a self-paced course's modules are not sessions, and its 12 months' access is not a 12-month programme", () => {
    const html = readFileSync(join(import.meta.dirname, '../panel-b/pages/afl-self-paced-online.html'), 'utf8');
    const schedule = profileCourse(extractCourses(html, 'https://panel.example.org.uk/afl-self-paced-online')[0]!, defaultPolicy).schedule;
    expect(schedule.sessions).toBe(0);
    expect(schedule.sustained).not.toBe(true);
    expect(schedule.timing).toBe('self-paced');
  });

  it('an application deadline still to come means the course is open; one passed means closed', () => {
    const ma = course('National MA Education (Wales)', 'A part-time Master’s for teachers.', { deadline: { date: '2027-01-29', quote: 'Applications close on 29 January 2027' } });
    expect(profileCourse(ma, defaultPolicy, { today: '2026-12-07' }).status).toBe('open');
    expect(profileCourse(ma, defaultPolicy, { today: '2027-02-01' }).status).toBe('closed');
    const dated = { ...ma, sessions: [{ start: '2027-09-20' }] };
    expect(profileCourse(dated, defaultPolicy, { today: '2027-02-01' }).status).toBe('closed');
    expect(profileCourse(dated, defaultPolicy, { today: '2027-01-10' }).status).toBe('open');
  });

  it('training brought to the school on a date it asks for is open to book; without a way to ask, it stays unknown', () => {
    const inset = course('Calm Classrooms INSET', 'A whole-staff INSET day. Dates for spring and summer 2027 INSET days are being booked now.', { delivery: 'in-school' });
    expect(profileCourse(inset, defaultPolicy, { today: '2026-12-07' }).status).toBe('open');
    expect(profileCourse({ ...inset, description: 'A whole-staff INSET day.', bookingUrl: 'https://provider.example/request-a-date' }, defaultPolicy).status).toBe('open');
    expect(profileCourse({ ...inset, description: 'A whole-staff INSET day.' }, defaultPolicy).status).toBe('unknown');
    expect(profileCourse({ ...inset, sessions: [{ start: '2026-11-02' }] }, defaultPolicy, { today: '2026-12-07' }).status).toBe('past');
  });

  it('a ticket tier sold out is not the course full, and a course that is sold out is', () => {
    const festival = course('INSPIRE 2027', 'Early-bird tickets now sold out!\nStandard\n£299 + VAT', { sessions: [{ start: '2027-07-02' }] });
    expect(profileCourse(festival, defaultPolicy, { today: '2026-12-07' }).status).toBe('open');
    expect(profileCourse({ ...festival, description: 'Early-bird\n£229 + VAT\nSOLD OUT' }, defaultPolicy, { today: '2026-12-07' }).status).toBe('open');
    expect(profileCourse({ ...festival, description: 'This course is now sold out.' }, defaultPolicy, { today: '2026-12-07' }).status).toBe('full');
  });

  it('funding a page gives state-funded schools only is not an independent school’s: it pays the fee', () => {
    const npq = course('NPQ for SENCOs', 'The NPQ for SENCOs is fully funded by the DfE for teachers and leaders in all state-funded schools. Other participants pay £1,265.', { price: { amount: 1265, currency: 'GBP', vat: 'exempt', basis: 'per-participant' } });
    expect(profileCourse(npq, defaultPolicy).funding?.route).toBe('npq-dfe');
    expect(profileCourse(npq, defaultPolicy, { school: 'independent' }).funding).toBeNull();
    expect(profileCourse(npq, defaultPolicy, { school: 'academy' }).funding?.route).toBe('npq-dfe');
    const open = { ...npq, description: 'Fully funded for all state-funded schools, and independent schools are eligible too.' };
    expect(profileCourse(open, defaultPolicy, { school: 'independent' }).funding?.route).toBe('npq-dfe');
    const self = { ...npq, description: 'Places are fully funded for teachers in state-funded schools. Teachers in independent schools can join our self-funded cohort.' };
    expect(profileCourse(self, defaultPolicy, { school: 'independent' }).funding).toBeNull();
    // the statement and the schools it names on two lines of a fact list; independent schools named only as not eligible or as paying
    const split = { ...npq, description: 'Funding\nfully funded\nby the Department for Education for teachers in state-funded schools (maintained schools and academies).\nParticipants from independent schools and other settings not eligible for funding may join on a self-funded basis: £1,265 per participant.' };
    expect(profileCourse(split, defaultPolicy, { school: 'independent' }).funding).toBeNull();
    const paying = { ...npq, description: 'Funded places are available for teachers in state-funded schools with the most pupils eligible for pupil premium.\nSelf-funded places: £899 per participant (including independent schools).' };
    expect(profileCourse(paying, defaultPolicy, { school: 'independent' }).funding).toBeNull();
  });

  it('a page that states nothing beyond its title is not enough to band, however well its words match', () => {
    const scienceLead: Profile = { schemaVersion: 1, id: 's', role: 'middle-leader', subjects: ['science'], targets: [{ id: 't1', text: 'Lead the science network of subject leaders' }] };
    const bare = scoreCourse({ title: 'Spring Science Network Meeting' }, defaultPolicy, scienceLead);
    expect(bare.bandId).toBe('insufficient');
    expect(bare.range?.decisive).toBe(false);
    const stated = scoreCourse({ title: 'Spring Science Network Meeting', description: 'Three termly meetings for science leads to plan and review practical work together.', sessions: [{ start: '2027-03-03T16:00:00Z', hours: 1.5 }] }, defaultPolicy, scienceLead);
    expect(stated.bandId).not.toBe('insufficient');
  });

  it('a 7-hour day is one day of cover; a half day is half', () => {
    expect(coverDaysFor(course('Day', 'x', { sessions: [{ start: '2027-02-02T09:00:00Z', hours: 7 }] }), { policy: defaultPolicy })).toBe(1);
    expect(coverDaysFor(course('Day', 'x', { totalHours: 7 }), { policy: defaultPolicy })).toBe(1);
    expect(coverDaysFor(course('Morning', 'x', { sessions: [{ start: '2027-02-02T09:00:00Z', hours: 3 }] }), { policy: defaultPolicy })).toBe(0.5);
  });

  it('Saturday, twilight and holiday sessions need no cover', () => {
    expect(coverDaysFor(course('Saturday conference', 'x', { sessions: [{ start: '2027-03-13T09:00:00Z', hours: 6 }] }), { policy: defaultPolicy })).toBe(0);
    expect(coverDaysFor(course('Twilight', 'x', { sessions: [{ start: '2027-03-10T16:00:00Z', hours: 1.5 }] }), { policy: defaultPolicy })).toBe(0);
    expect(coverDaysFor(course('Summer school', 'x', { sessions: [{ start: '2027-08-10T09:00:00Z', hours: 6 }] }), { policy: defaultPolicy })).toBe(0);
  });

  it('a two-day course is two days of cover even with one date published', () => {
    const c = course('Leading literacy', 'A two-day course for English leads.', { sessions: [{ start: '2027-03-15T09:30:00Z', hours: 6 }] });
    expect(profileCourse(c, defaultPolicy).schedule).toMatchObject({ sessions: 2, contactHours: 12, daysOutOfClass: 2 });
  });

  it('“recording available for 30 days” is not 180 contact hours', () => {
    const c = course('Webinar: reading fluency', 'Live webinar. Recording available for 30 days.', { totalHours: 180, provenance: { totalHours: { source: 'text', confidence: 0.6, raw: '30 days', at: 'text:hours' } }, sessions: [{ start: '2027-03-10T16:00:00Z', hours: 1 }] });
    expect(profileCourse(c, defaultPolicy).schedule.contactHours).toBe(1);
  });

  it('no cover for roles without a class', () => {
    const c = course('Finance day', 'x', { sessions: [{ start: '2027-02-02T09:00:00Z', hours: 6 }] });
    expect(coverDaysFor(c, { policy: defaultPolicy, staff: { schemaVersion: 1, id: 'b', role: 'business-leader', subjects: [], targets: [] } })).toBe(0);
    expect(coverDaysFor({ ...c, audience: { roles: ['governor'] } }, { policy: defaultPolicy })).toBe(0);
  });
});
