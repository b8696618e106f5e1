/** Anchor of a help heading: `SAKIP.IKM.DARI.NRR` → `ikm-dari-nrr`. */
export function anchorFor(heading: string): string;
/** The functions help page (HTML) for the markdown of docs/functions.md. */
export function renderFunctionsHelp(markdown: string): string;
export const SOURCE: string;
export const TARGET: string;
