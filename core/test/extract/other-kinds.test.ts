import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/node.ts';

const CONTEXTS = ['browse', 'provider', 'asked'] as const;
const page = (title: string, body: string): string =>
  `<!doctype html><html><head><title>${title}</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><h1>${title}</h1>${body}</main><footer>© Site</footer></body></html>`;

/** Pages whose titles share a word with a course ("training", "workshop", "coordinator") and whose own words say what they are. */
const NOT_COURSES: Record<string, string> = {
  'a football training report': page('Training report: Rovers step up preparations for Saturday', `<p>Published 12 March 2027</p><p>The first team trained in the sunshine at the training ground on Thursday ahead of Saturday's league match against City, kick-off 3pm.</p><p>Tickets for Saturday 14 March 2027 are on sale from £25 for adults.</p><p>The manager said the squad's fitness sessions this week were the best of the season.</p>`),
  'a job advert for a training coordinator': page('Training Coordinator – Leeds', `<p>Salary: £28,000 per annum</p><p>Closing date: Friday 26 February 2027</p><p>We are looking for a training coordinator to organise our CPD courses and workshops for schools. You will book venues, liaise with trainers and manage course bookings.</p><p><a href="/apply">Apply now</a></p>`),
  'a garage workshop': page('MOT and servicing workshop in Leeds', `<p>Our workshop offers MOT testing, full servicing and repairs for all makes.</p><p>MOT test: £54.85</p><p>Open Monday to Saturday, 8:00am – 6:00pm. Next available: Tuesday 9 March 2027.</p><p><a href="/book">Book your MOT</a></p>`),
};

describe('a page whose own words say it is something else is no course (issue 19)', () => {
  for (const [name, html] of Object.entries(NOT_COURSES)) {
    it(`${name}, in every context`, () => {
      for (const context of CONTEXTS) expect(extractPage(html, 'https://site.example.com/page', { context }).courses).toEqual([]);
    });
  }

  it('a PE course for teachers that speaks of matches, fixtures and the league is still a course', () => {
    const html = page('Coaching school sport: a CPD day for PE teachers', `<p>Tuesday 9 March 2027, 9:30am – 3:30pm, Leeds</p><p>For PE teachers and school sport leads: plan fixtures, run a house league and coach small-sided matches so that every pupil plays.</p><p>Cost: £195 per delegate</p><p><a href="/book">Book a place</a></p>`);
    for (const context of CONTEXTS) expect(extractPage(html, 'https://sport.example.com/cpd/school-sport', { context }).courses.map((c) => c.title)).toEqual(['Coaching school sport: a CPD day for PE teachers']);
  });
});
