/**
 * The plan's own lists, exactly as it prints them, with where it prints them: 专栏6 (the timetable's data),
 * the rows of the budget tables, the lists of kinds of places and the pairing boxes 专栏7–9. Every area may
 * import them (like `src/core`); nothing here is inferred, and nothing here is part of the package's public API.
 */
export * from './area-lists.js';
export * from './box6.js';
export * from './budget-rows.js';
export * from './pairing-boxes.js';
