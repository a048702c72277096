// What the introduction a lead answers says about them ("Owen, meet Chloe Nakamura, founder of Lotus Flow Yoga …
// Chloe's number is …"), for the lead's own short reply quoting it (any client: "On … wrote:", "-----Original Message-----").
import type { Address } from "../contact/email";
import { regionFromEmail } from "../contact/region";
import { fromIntro } from "./intro-details";
import type { ContactDetails } from "./signature";
import type { ThreadMessage } from "./thread";

/** Title, company and phone the introducer's message gives the person (their own reply's signature wins over these). */
export function fromAnsweredIntro(
  person: Address,
  introducer: Address,
  messages: ThreadMessage[],
  defaultRegion: string,
): ContactDetails {
  const intro = messages.find((m) => m.from?.email === introducer.email);
  if (!intro || !person.email) return {};
  const said = fromIntro(intro, introducer, person, regionFromEmail(person.email, defaultRegion));
  return { title: said.title, company: said.company, phone: said.phone };
}
