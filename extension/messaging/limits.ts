/** The most courses one page may send to be scored (a catalogue larger than this is cut). */
export const MAX_COURSES_PER_PAGE = 100;
