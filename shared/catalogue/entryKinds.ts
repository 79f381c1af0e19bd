// The kinds of catalogue entry, in the order the app lists them. Apart from entry.ts (and its zod
// schemas) so the search worker's bundle can use it without evaluating every schema at start-up.
export const ENTRY_KINDS = ['technology', 'consultancy', 'course', 'scheme'] as const;

/** How a course is taught; here, free of zod, so the search worker can read it too. */
export const COURSE_MODES = ['in-person', 'online', 'blended'] as const;
