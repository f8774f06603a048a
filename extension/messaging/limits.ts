/** The most courses one page may send to be scored (a catalogue larger than this is cut). */
export const MAX_COURSES_PER_PAGE = 100;

/**
 * The most characters of a page's HTML the badge sends to be read (core's extraction cuts at the same
 * length): a larger page is cut, and the courses are near the top of any real page.
 */
export const MAX_PAGE_HTML = 6_000_000;

/** The longest page address sent with it. */
export const MAX_PAGE_URL = 4096;
