// Chooses the one person to follow up among the messages of a forward, and how they came in.
import type { Address } from "../contact/email";
import { PASS_ALONG_RE } from "./cues";
import { readFormFields, readTranscript, type FormFields } from "./form";
import { pickPhone } from "./signature";
import { introducedPerson, isIntroduction, withoutSignOff } from "./intro";
import { FORWARD_SUBJECT_RE, isSystemSender, isWebsiteSender, type OwnerSide } from "./people";
import { SCAN_CHARS, type ThreadMessage } from "./thread";

export type Choice =
  | { kind: "intro"; person: Address; introducer?: Address; message: ThreadMessage; referral: boolean }
  | { kind: "sender"; person: Address; message: ThreadMessage; passedBy?: Address }
  | { kind: "form"; form: FormFields; message: ThreadMessage; website: boolean }
  | { kind: "recipient"; person: Address; message: ThreadMessage };

function passesAlong(m: ThreadMessage, deeper: ThreadMessage[], side: OwnerSide): boolean {
  const next = deeper.find((d) => d.from?.email && d.from.email !== m.from?.email);
  if (!next || side.has(next.from) || isSystemSender(next.from)) return false;
  const own = withoutSignOff(m.body.slice(0, SCAN_CHARS), m.from).trim();
  // A forward of a forward, or a short note that hands the thread on ("Felix, this one's yours").
  return (
    (next.kind === "forward" && FORWARD_SUBJECT_RE.test(m.subject)) ||
    (own.length < 300 && PASS_ALONG_RE.test(own))
  );
}

/** Walks the messages from the outermost: an introduction, a form, or the first outside sender who is not passing it on. */
export function choosePerson(messages: ThreadMessage[], side: OwnerSide, region: string): Choice | undefined {
  let passedBy: Address | undefined;
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i];
    const own = withoutSignOff(m.body.slice(0, SCAN_CHARS), m.from);
    if (isIntroduction(own)) {
      const person = introducedPerson({ ...m, body: own }, (a) => side.has(a) || isSystemSender(a));
      if (person)
        return {
          kind: "intro",
          person,
          introducer: m.from,
          message: m,
          referral: !side.isOwnerOrColleague(m.from),
        };
    }
    if (isSystemSender(m.from)) {
      const text = m.body.slice(0, SCAN_CHARS);
      let form = readFormFields(text);
      // A voicemail or call notification: who speaks in the transcript, and the number it gives.
      if (!form.email && !form.name && !form.phone) {
        const spoken = readTranscript(text);
        const phone = spoken.name
          ? pickPhone(`${m.subject}\n${text}`.replace(/([.!?])\s/g, "$1\n"), region)
          : undefined;
        form = { ...spoken, ...(phone ? { phone } : {}) };
      }
      if (form.email || form.name || form.phone)
        return { kind: "form", form, message: m, website: !!m.from && isWebsiteSender(m.from, m.subject) };
      continue;
    }
    if (!m.from?.email || side.has(m.from)) continue;
    if (passesAlong(m, messages.slice(i + 1), side)) {
      passedBy ??= m.from;
      continue;
    }
    return { kind: "sender", person: m.from, message: m, passedBy };
  }
  // Only the owner's side wrote: the outside person they wrote to (the owner's own sent mail, forwarded).
  for (const m of messages) {
    if (!side.isOwnerOrColleague(m.from)) continue;
    const person = [...m.to, ...m.cc].find((a) => a.email && !side.has(a) && !isSystemSender(a));
    if (person) return { kind: "recipient", person, message: m };
  }
  return undefined;
}
