/**
 * The limits every public function enforces on what it is given, so that no input, however long or large,
 * makes a call slow or wrong. Each is refused with a {@link PolicyInputError} whose message names the limit.
 *
 * They are far above anything the plan or a real case needs (the largest figure of the plan, 963.97 亿元,
 * is 9.6 × 10¹⁰ yuan; the longest place name with its province and prefecture is under 30 characters).
 */

/** Longest place name, query or free-text name (characters, before normalization). */
export const MAX_NAME_LENGTH = 100;

/** Longest identifier (rule, parameter, interpretation, region id or code). */
export const MAX_ID_LENGTH = 100;

/** Longest decimal or amount written as a string (characters, white space included). */
export const MAX_DECIMAL_LENGTH = 100;

/**
 * Most significant digits of an accepted decimal: the precision the library computes with, so every
 * accepted decimal is held exactly (a 51-digit amount is refused, never rounded silently). Money
 * arithmetic on such factors is done at a wider precision, so it too is exact before it rounds to the fen.
 */
export const MAX_SIGNIFICANT_DIGITS = 50;

/**
 * Largest power of ten of an accepted decimal: its magnitude is below 10^(MAX_DECIMAL_EXPONENT + 1)
 * and, unless it is zero, at least 10^-MAX_DECIMAL_EXPONENT. `'9e999'` and `'1e-999'` are refused, never
 * read as Infinity or zero.
 */
export const MAX_DECIMAL_EXPONENT = 20;

/** Largest amount of money, in yuan, in either sign (10¹⁵ yuan, 一千万亿元). Larger inputs and results are refused. */
export const MAX_MONEY_YUAN = 1_000_000_000_000_000;

/** Most parts {@link Money.allocate} splits an amount into. */
export const MAX_ALLOCATION_PARTS = 10_000;

/** Most amounts {@link Money.sum} adds up. */
export const MAX_SUM_TERMS = 10_000;

/**
 * The most items a list input of one call may hold (a year's claims, a table of local standards, income items,
 * a schedule's factors). A province-scale batch streams instead (the batch engine), so no call holds more.
 */
export const MAX_LIST_LENGTH = 10_000;

/** Earliest calendar year a date may fall in. */
export const MIN_DATE_YEAR = 1900;

/** Latest calendar year a date may fall in. */
export const MAX_DATE_YEAR = 2100;
