// One input of a capture run: an e-mail, a card photo or a quick add, with what was read from it.
import type { Extraction } from "../lead";

export interface CaptureInput {
  /** Unique id of this input: a Gmail message id, a Drive file id, or `<message id>#<n>` for an attachment. */
  ref: string;
  /** "manual": typed or corrected by the user in an add-on card. */
  kind: "email" | "card" | "manual";
  /** What a person recognizes it by: the subject or the file name. */
  label: string;
  /** Who sent it (an e-mail's From), so an input without a subject is still recognisable. */
  from?: string;
  /** Link to the message or photo (the Origin column). */
  link: string;
  /** The id recorded in the ledger's system column so it is never captured twice. */
  recordId: string;
  idKey: "messageIds" | "photoIds";
  extraction?: Extraction;
  /** Set when the input could not be read: why (it gets an Activity entry and no row). */
  skipped?: string;
  /** What the user wrote with it (the add-on's Note field): appended to the lead's Notes. */
  note?: string;
  /** Another input of the same message produced a lead: an empty result here is no review row. */
  hasSibling?: boolean;
  /**
   * When it arrived (ms). Inputs are planned oldest first, so the first mention of a person makes the row; inputs
   * arriving together keep the reverse of the order given (Gmail lists the newest first).
   */
  at?: number;
}
