// How two follow-up events are compared: content without the ledger link's row number, and a short fingerprint of it.

/** At most this many events a pass are rewritten only to fix the row of their ledger link. */
export const LINK_FIXES_PER_PASS = 20;

/** A description compared without the row number of the ledger link (a sort must not rewrite every event). */
export const comparable = (d: string) => d.replace(/range=A\d+/g, "range=A");

/** A short fingerprint of an event's content (title, description, reminders): FNV-1a, 32 bits, in hex. */
export function contentPrint(e: {
  summary: string;
  description: string;
  popupMinutes: number | number[];
  emailMinutes: number | number[];
}): string {
  const text = [e.summary, comparable(e.description), String(e.popupMinutes), String(e.emailMinutes)].join(
    "\u0000",
  );
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16);
}
export const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
