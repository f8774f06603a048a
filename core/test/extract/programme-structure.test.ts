import { describe, expect, it } from 'vitest';
import { extractCourses } from '../../src/node.ts';

/**
 * A programme's own timetable is its sessions, not a listing of courses (issue 18): read from where the
 * rows sit (a "Programme dates" heading, a "Session | Date | Focus" table), with the times a line gives
 * for all of them; a window to arrange a visit is no session; and a provider's page for an undated
 * service (an INSET day in school) is a course while browsing when its title names the training and
 * it states a typed fee.
 */
const page = (title: string, body: string): string =>
  `<!doctype html><html><head><title>${title} | Provider</title></head><body><nav><a href="/">Home</a></nav><main><h1>${title}</h1>${body}</main><footer>© Provider</footer></body></html>`;
const URL = 'https://provider.example.org.uk/programmes/x';

describe('a programme timetable', () => {
  it('reads a list under "Programme dates" as the sessions of one course', () => {
    const html = page('Instructional Coaching for Middle Leaders', `
      <p>Participants coach a colleague throughout the programme and receive feedback from a coaching lead.</p>
      <h2>Programme dates</h2>
      <ul>
        <li><b>Launch day</b> – Wednesday 20 January 2027, 9:00am – 3:30pm (Derby)</li>
        <li><b>Coaching clinic</b> – Wednesday 3 March 2027, 4:00pm – 5:30pm (online)</li>
        <li><b>Half-day workshop</b> – Wednesday 16 June 2027, 1:00pm – 4:00pm (Derby)</li>
        <li><b>Review meeting</b> – Wednesday 7 July 2027, 4:00pm – 5:30pm (online)</li>
      </ul>
      <p>Cost: £1,250 + VAT per school, for up to three participants.</p>`);
    const courses = extractCourses(html, URL, { context: 'browse' });
    expect(courses).toHaveLength(1);
    expect(courses[0]!.title).toBe('Instructional Coaching for Middle Leaders');
    expect(courses[0]!.sessions?.map((s) => s.hours)).toEqual([6.5, 1.5, 3, 1.5]);
    expect(courses[0]!.price).toMatchObject({ amount: 1250, basis: 'per-school', covers: 3, vat: 'excluded' });
  });

  it('reads every row of a "Session | Date | Focus" table, with the times stated for all sessions', () => {
    const html = page('Putting Feedback into Practice', `
      <p>A programme for secondary teachers applying the EEF's recommendations on feedback.</p>
      <h2>Sessions</h2>
      <p>All sessions are 4:00pm – 6:00pm, in person at Kingsmoor Academy.</p>
      <table><thead><tr><th>Session</th><th>Date</th><th>Focus</th></tr></thead><tbody>
        <tr><td>1</td><td>Wednesday 13 January 2027</td><td>Laying the foundations</td></tr>
        <tr><td>2</td><td>Wednesday 3 February 2027</td><td>Focused feedback during the lesson</td></tr>
        <tr><td>3</td><td>Wednesday 17 March 2027</td><td>Whole-class feedback</td></tr>
        <tr><td>4</td><td>Wednesday 12 May 2027</td><td>Pupils acting on feedback</td></tr>
      </tbody></table>
      <p>Cost: £180 per participant for all four sessions.</p>
      <p><a href="/book/feedback">Book your place</a></p>`);
    const courses = extractCourses(html, URL, { context: 'browse' });
    expect(courses).toHaveLength(1);
    expect(courses[0]!.sessions?.map((s) => [s.start.slice(0, 10), s.hours])).toEqual([
      ['2027-01-13', 2], ['2027-02-03', 2], ['2027-03-17', 2], ['2027-05-12', 2],
    ]);
  });

  it('keeps a listing of courses, each with its own link, as a listing', () => {
    const html = page('Upcoming training', `
      <h2>Dates</h2>
      <ul>
        <li><a href="/c/a">Phonics for Year 1</a> – Thursday 4 February 2027, £95</li>
        <li><a href="/c/b">Maths mastery in KS2</a> – Tuesday 9 March 2027, £120</li>
        <li><a href="/c/c">Adaptive teaching and SEND</a> – Monday 12 April 2027, £110</li>
      </ul>`);
    expect(extractCourses(html, URL, { context: 'asked' }).map((c) => c.title)).toEqual(['Phonics for Year 1', 'Maths mastery in KS2', 'Adaptive teaching and SEND']);
  });

  it('takes a window to arrange a visit in as no session', () => {
    const html = page('Early Reading Programme', `
      <p>A programme for Key Stage 1 teachers built on the EEF's recommendations.</p>
      <h2>Programme dates</h2>
      <p>Dates: Thursday 14 January 2027, 9.30am – 12.30pm</p>
      <p>Coaching visit: between 26 April and 21 May 2027, at a time to suit your school</p>
      <p>Dates: Thursday 17 June 2027, 9.30am – 12.30pm</p>
      <p>Fee: £450 + VAT per participant</p>`);
    expect(extractCourses(html, URL, { context: 'asked' })[0]!.sessions?.map((s) => s.start.slice(0, 10))).toEqual(['2027-01-14', '2027-06-17']);
  });
});

describe('a provider page for an undated service, while browsing', () => {
  it('is a course when its title names the training and it states a fee', () => {
    const html = page('Adaptive Teaching and SEND: Whole-Staff INSET Day', `
      <p>Bring the whole team together on one of your INSET days for a full day on adaptive teaching.</p>
      <dl><dt>Fee</dt><dd>£1,450 + VAT per school (up to 40 staff)</dd><dt>Where</dt><dd>At your school</dd></dl>
      <p><a href="/contact">Enquire about dates</a></p>`);
    const courses = extractCourses(html, URL, { context: 'browse' });
    expect(courses.map((c) => c.title)).toEqual(['Adaptive Teaching and SEND: Whole-Staff INSET Day']);
    expect(courses[0]!.price).toMatchObject({ amount: 1450, basis: 'per-school', covers: 40 });
  });

  it('is not a course when the title does not name training, however priced', () => {
    const html = page('Premium Stainless Steel Water Bottle', `
      <p>Keeps drinks cold for 24 hours. Ideal for the gym, the office and the classroom.</p>
      <dl><dt>Price</dt><dd>£24.99</dd></dl>`);
    expect(extractCourses(html, URL, { context: 'browse' })).toEqual([]);
  });
});

describe("a course page's own sections", () => {
  it('are not a listing: "Dates", "Cost" and "Related training" headings, and a Date | Time | Venue table of one course', () => {
    const html = page('Designated Safeguarding Lead refresher training', `
      <p>Keeping Children Safe in Education requires designated safeguarding leads to update their training every two years.</p>
      <h2>Dates</h2><p>Choose one session. All sessions cover the same content.</p>
      <table><thead><tr><th>Date</th><th>Time</th><th>Venue</th><th>Availability</th></tr></thead><tbody>
        <tr><td>Tuesday 19 January 2027</td><td>9:00am to 12:30pm</td><td>Civic Centre</td><td><a href="/book/1">Book</a></td></tr>
        <tr><td>Wednesday 10 February 2027</td><td>1:00pm to 4:30pm</td><td>Online (Microsoft Teams)</td><td><a href="/book/2">Book</a></td></tr>
        <tr><td>Thursday 11 March 2027</td><td>9:00am to 12:30pm</td><td>Civic Centre</td><td>Fully booked</td></tr>
      </tbody></table>
      <h2>Cost</h2><ul><li>Maintained schools and academies: £79 per delegate</li><li>Independent schools: £99 per delegate</li></ul>
      <h2>Related training</h2><p>DSL training – new to role, Tuesday 2 March 2027: £158 for both days</p>`);
    const courses = extractCourses(html, URL, { context: 'asked' });
    expect(courses.map((c) => c.title)).toEqual(['Designated Safeguarding Lead refresher training']);
    expect(courses[0]!.price?.amount).toBe(79);
    expect(courses[0]!.sessions).toHaveLength(3);
  });

  it('leaves an Event | When | Where table a listing', () => {
    const html = page('Conferences 2027', `
      <table><thead><tr><th>Event</th><th>When</th><th>Where</th></tr></thead><tbody>
        <tr><td>Primary maths conference</td><td>Friday 5 March 2027</td><td>Leeds</td></tr>
        <tr><td>Early reading conference</td><td>Friday 12 March 2027</td><td>York</td></tr>
        <tr><td>SEND leadership conference</td><td>Friday 19 March 2027</td><td>Hull</td></tr>
      </tbody></table>`);
    expect(extractCourses(html, URL, { context: 'asked' }).map((c) => c.title)).toEqual(['Primary maths conference', 'Early reading conference', 'SEND leadership conference']);
  });
});

describe('related courses below a course', () => {
  it('lend it none of their days, hours or features', () => {
    const html = page("Northern Science Leaders' Conference 2027", `
      <p>A one-day conference for heads of science and aspiring science leaders.</p>
      <p>Saturday 6 February 2027 · 9:30am – 4:00pm · National Science Learning Centre, York</p>
      <p>Cost: £120 per delegate including VAT.</p>
      <h2>Related training</h2>
      <ul><li>Leading Science Departments: 3-day programme with coaching between sessions – from 24 March 2027 – £360</li>
      <li>DSL training – new to role (two days): £158 for both days</li></ul>`);
    const course = extractCourses(html, URL, { context: 'browse' })[0]!;
    expect(course.totalHours ?? 0).toBeLessThanOrEqual(6.5);
    expect(course.features?.some((f) => /3-day|two days|coaching/i.test(f.quote)) ?? false).toBe(false);
    expect(JSON.stringify(course.provenance)).not.toMatch(/two days|3-day/);
  });
});

describe('dates under a label that gives their times', () => {
  it('are all sessions, each with the times the label states', () => {
    const html = page('Leading a Department: an online twilight series', `
      <p>Across six live online sessions you will work on the core of middle leadership, with an action step after each.</p>
      <h2>Dates (Tuesdays, 4:00pm – 5:30pm, on Zoom)</h2>
      <p>12 January · 26 January · 9 February · 23 February · 9 March · 23 March 2027</p>
      <p>£340 + VAT per participant for the six-session series.</p>`);
    const sessions = extractCourses(html, URL, { context: 'asked' })[0]!.sessions ?? [];
    expect(sessions.map((s) => s.hours)).toEqual([1.5, 1.5, 1.5, 1.5, 1.5, 1.5]);
  });
});

describe('an undated INSET day', () => {
  it('takes its length from its stated times, not from an optional half-day follow-up', () => {
    const html = page('Consistent Behaviour Routines: a whole-school INSET day', `
      <p>Delivered in your school, for your whole staff team. This INSET day helps your team agree and rehearse routines.</p>
      <p>Timings are agreed with you, typically 9:00am – 3:30pm on one of your INSET days.</p>
      <p>Price: £1,250 per school (up to 40 staff), plus travel.</p>
      <p>Optional: a follow-up half-day visit six weeks later to coach leaders, £450.</p>`);
    expect(extractCourses(html, URL, { context: 'browse' })[0]!.totalHours).toBe(6.5);
  });
});

describe('a network’s meetings named by term', () => {
  it('are the sessions of the one network', () => {
    const html = page('Inclusive Classroom Network', `
      <p>A termly CPD network for SENCOs and class teachers, with specialist input and tasks to try between meetings.</p>
      <h2>Meetings</h2>
      <div class="m"><h3>Spring</h3><p>Wednesday 3 February 2027, 1:30pm – 3:30pm</p></div>
      <div class="m"><h3>Summer</h3><p>Wednesday 12 May 2027, 1:30pm – 3:30pm</p></div>
      <div class="m"><h3>Summer 2</h3><p>Wednesday 7 July 2027, 1:30pm – 3:30pm</p></div>
      <p>Cost: £350 per school per year (up to 2 staff).</p>`);
    const courses = extractCourses(html, URL, { context: 'asked' });
    expect(courses.map((c) => c.title)).toEqual(['Inclusive Classroom Network']);
    expect(courses[0]!.sessions).toHaveLength(3);
  });
});

describe('an event page read while browsing', () => {
  it('is a course when its title names the learning and a labelled date and place sit under it', () => {
    const html = page('Workshop: Embracing multiperspectivity', `
      <dl><dt>Date</dt><dd>13 September 2027</dd><dt>Time</dt><dd>13:00-17:00</dd><dt>Location</dt><dd>Eindhoven</dd></dl>
      <p>What can we learn from artists in our daily struggle when collaborating with others? The workshop connects you to new ways of working.</p>`);
    expect(extractCourses(html, URL, { context: 'browse' }).map((c) => c.title)).toEqual(['Workshop: Embracing multiperspectivity']);
  });

  it('is not when the title names a show, whatever its labels', () => {
    const html = page('Live at the Roundhouse: The Twilight Sad', `
      <dl><dt>Date</dt><dd>13 September 2027</dd><dt>Time</dt><dd>19:30</dd><dt>Location</dt><dd>Roundhouse, London</dd></dl>
      <p>The band return with songs from their new album. Tickets £28.</p>`);
    expect(extractCourses(html, URL, { context: 'browse' })).toEqual([]);
  });
});
