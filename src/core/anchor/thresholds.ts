/** The thresholds and lengths re-anchoring decides with (reanchor.ts re-exports the public ones). */

/** Code points of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;
/** Context similarity (0..1) above which an exact quote found elsewhere is the same passage. */
export const MOVED_CONTEXT_THRESHOLD = 0.5;
/** How much better one occurrence's context must be than every other's to win outright. */
export const CLEAR_MARGIN = 0.1;
/** Combined score (0..1) a fuzzy match needs to be accepted (for review). */
export const FUZZY_THRESHOLD = 0.75;
/**
 * Context (UTF-16 units) that counts as evidence: a shorter side (cut at the article's start or end)
 * neither pins a passage edited in place nor tells two look-alikes apart.
 */
export const MIN_INTACT_CONTEXT = 8;
/** Errors allowed in a fuzzy match, as a fraction of the quote's length. */
export const FUZZY_MAX_ERROR_RATE = 0.25;
/** Quotes shorter than this (code points) are never matched fuzzily: too many look-alikes. */
export const FUZZY_MIN_QUOTE_LENGTH = 4;
