// A long text as its first 64 KB and the rest, kept apart so that reading the head never copies the whole text.

/** How far into a message's text forward headers are looked for. */
export const SCAN_CHARS = 64 * 1024;
/**
 * A long text as its first part and the rest, never joined: slicing a joined string copies all of it first, and
 * under a 1 MB body that copy, at every level of a thread, was most of a message's time.
 */
export interface Parts {
  text: string;
  tail: string;
}
export const headOf = ({ text, tail }: Parts) =>
  text.length >= SCAN_CHARS || !tail
    ? text.slice(0, SCAN_CHARS)
    : text + tail.slice(0, SCAN_CHARS - text.length);
export const tailOf = ({ text, tail }: Parts) =>
  text.length >= SCAN_CHARS ? text.slice(SCAN_CHARS) + tail : tail.slice(SCAN_CHARS - text.length);
