// How Activity and Notes name a capture input: the e-mail and its sender, the quick add, or the card photo.
import type { CaptureInput } from "./capture-input";

/** An e-mail's sender as a person reads it: the address (or the name when there is no address). */
function sender(from: string | undefined): string {
  const text = (from ?? "").trim();
  if (!text) return "no sender";
  const m = /<([^<>@\s]+@[^<>\s]+)>/.exec(text);
  return m ? m[1] : text.slice(0, 80);
}

/** The input as Activity names it: what it is, and the note the user wrote with it. */
export function describeInput(input: CaptureInput): string {
  const what =
    input.kind === "email"
      ? `email “${input.label}”${input.from !== undefined ? ` from ${sender(input.from)}` : ""}`
      : input.kind === "manual"
        ? `quick add “${input.label}”`
        : `card photo ${input.label}`;
  return input.note ? `${what} (note: ${input.note.replace(/\s+/g, " ")})` : what;
}
