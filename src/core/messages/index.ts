/**
 * Every user-facing text, in Bahasa Indonesia, kept in this folder so it can be reviewed in one place.
 * One module per area; this index re-exports them all.
 */
export {};
