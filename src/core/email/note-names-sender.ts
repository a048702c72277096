// A sender with no display name whom the forwarder's note names ("this is from Dr. Lena Fischer at Harbour Dental").
import type { Address } from "../contact/email";
import { leadFromNote } from "./note-named";

const letters = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]/g, "");

/**
 * The name (and company) the note gives for a sender known only by address, when it fits that address: a word of
 * the name in the mailbox ("lena.f@…"), the mailbox is the initials ("lf@…"), or the company is the domain.
 */
export function nameFromNote(person: Address, note: string): { name: string; company?: string } | undefined {
  if (person.name.trim() || !note.trim() || !person.email) return undefined;
  const named = leadFromNote(note.slice(0, 2000), true);
  if (!named) return undefined;
  const [local, domain = ""] = person.email.toLowerCase().split("@");
  const words = named.name.split(/\s+/).map(letters).filter(Boolean);
  const initials = words.map((w) => w[0]).join("");
  const company = named.company ? letters(named.company) : "";
  const fits =
    words.some((w) => w.length >= 3 && letters(local).includes(w)) ||
    (initials.length >= 2 && letters(local) === initials) ||
    (company.length >= 4 && letters(domain).startsWith(company));
  return fits ? named : undefined;
}
