// The lead the owner's own note gives: a contact block pasted into it, and what its prose says about the person.
import { findEmails } from "../contact/email";
import { isPostNominals, normalizeName } from "../contact/name";
import { bareHost, findWebsites } from "../contact/website";
import { ORGANISER_NAME_WORDS } from "./organiser-words";
import { describedInIntro } from "./described";
import { readFormFields } from "./form";
import { looksLikePersonName } from "./line-kinds";
import { phoneIn } from "./note-named";
import { readSignature, type ContactDetails } from "./signature";

/**
 * A contact block pasted under the note (from a card app, a vCard, a signature copied out of a mail): a paragraph of
 * three lines or more holding an outside address, whose name is labelled ("Nimi: …", "Name: …") or is its first line
 * (a full name over the company, title, phones). Labelled fields win; the rest is read as a signature.
 * Any client and language (the labels: FORM_FIELDS; the phone labels: contact/labels).
 */
export function contactBlockInNote(
  note: string,
  isOwnSide: (email: string) => boolean,
  region: string,
): ContactDetails {
  for (const block of note.split(/\n[ \t]*\n/)) {
    const lines = block
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length < 3) continue;
    const email = findEmails(block).find((e) => !isOwnSide(e));
    if (!email) continue;
    const form = readFormFields(block);
    const written = form.name ?? (looksLikePersonName(lines[0]) ? lines[0] : "");
    const name = normalizeName(written);
    if (!name) continue;
    const sig = readSignature(lines.join("\n"), { name, email }, region);
    const out: ContactDetails = { name, email };
    const phone = phoneIn(block, region, note) ?? sig.phone;
    if (phone) out.phone = phone;
    const company = form.company ?? sig.company;
    if (company) out.company = company;
    const title = form.title ?? sig.title;
    if (title) out.title = title;
    const website = form.website ? bareHost(form.website) : (sig.website ?? findWebsites(block)[0]);
    if (website) out.website = website;
    return out;
  }
  return {};
}

/** What the note's prose says about the person it names ("…, Leiterin Einkauf der Weber Holz GmbH"). */
export function describedInNote(note: string, name: string, region: string): ContactDetails {
  // German and Dutch put the verb after the person ("mit Frau X gesprochen, Leiterin …", "met X gesproken, …"): the
  // verb between the name and the comma is dropped so the description that follows is read as theirs.
  // Credentials after the name ("X, PhD (…)") are not the description either.
  const at = note.indexOf(name);
  const after = note
    .slice(at + name.length)
    .replace(/^\s+\p{Ll}+(?=,)/u, "")
    .replace(/^\s*,\s*([^,()]{2,20}?)(?=\s*[,(])/u, (m, w: string) => (isPostNominals(w) ? "" : m));
  const text = at < 0 ? note : note.slice(0, at + name.length) + after;
  const { title, company } = describedInIntro(text, { name, email: "" }, region);
  // "Met X at Expo West": where they met is no employer.
  const employer = company && !ORGANISER_NAME_WORDS.some((re) => re.test(company)) ? company : undefined;
  return { ...(title ? { title } : {}), ...(employer ? { company: employer } : {}) };
}
