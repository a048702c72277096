// A business card or signature the owner typed into their note for the chosen person, read as a signature block.
import type { Address } from "../contact/email";
import { regionFromEmail } from "../contact/region";
import { signatureInRegions } from "./message-details";
import type { ContactDetails } from "./signature";

/**
 * A business card (or signature) the owner typed into their note for the chosen person: the note holds their address
 * or their name on a line of its own, and the lines around it are read as a signature block. The number is read in
 * the region the note implies when the address's region cannot read it ("Mobil 070-555 01 62" in a Swedish note).
 */
export function cardInNote(
  note: string,
  person: Address,
  defaultRegion: string,
  context = "",
): ContactDetails {
  if (!person.email || !note.toLowerCase().includes(person.email)) return {};
  const region = regionFromEmail(person.email, defaultRegion);
  // The note's language, else the forwarded message's ("Hej Oskar!" under a Swedish card).
  return signatureInRegions(note, person, region, `${note}\n${context}`);
}
