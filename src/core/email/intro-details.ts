// The person's details as an introducer's words give them: the prose about them, a postscript, their block pasted below.
import { domainOf, isFreeMailDomain, type Address } from "../contact/email";
import { normalizeName } from "../contact/name";
import { bareHost, siteInLine } from "../contact/website";
import { describedInIntro, withoutWritersNumbers } from "./described";
import { withoutSignOff } from "./intro";
import { pastedBlock } from "./pasted-block";
import { withPostscripts } from "./postscript";
import { withPlainWorkplace } from "./workplace-phrase";
import { personPart } from "./people";
import { regionFromScript, regionHints } from "./region-language";
import { placeNotCompany } from "./prose-company";
import { regionFromContext } from "./region-context";
import { inSiblingRegion } from "./sibling-region";
import { plusRegions } from "./plus-region";
import type { ThreadMessage } from "./thread";
import { CJK_REGIONS, isValid, merge, PHONE_LIKE_RE, signatureInRegions } from "./message-details";

/**
 * What the introducer writes about the person; a number the intro gives that does not read in the address's region
 * is read in the region the whole message implies ("Sie erreichen sie unter 040 5550 1234" above "Mit freundlichen
 * Grüßen").
 */
export function fromIntro(
  message: ThreadMessage,
  introducer: Address | undefined,
  person: Address,
  region: string,
) {
  const cut = withoutSignOff(message.body, introducer);
  // A postscript under the sign-off ("P.S. Frau Dr. Kröger erreichen Sie mobil unter …") is said about them too.
  const text = withPostscripts(message.body, cut);
  // The person's own block pasted in ("PS her details:") is fuller than what the prose says about them.
  const out = pastedBlock(message.body, person, region);
  // "avocate associée au cabinet X": the firm's kind word is read as the workplace preposition ("chez X").
  merge(out, describedInIntro(withPlainWorkplace(text), person, region));
  if (out.company && placeNotCompany(out.company, person)) delete out.company;
  // A site the introducer gives on the person's own mail domain ("Site : <http://www.atelier.example/…>").
  const domain = person.email ? domainOf(person.email) : "";
  if (!out.website && domain && !isFreeMailDomain(domain))
    for (const line of text.split(/\r?\n/)) {
      const host = siteInLine(line).host;
      if (host && bareHost(host) === domain) {
        out.website = host;
        break;
      }
    }
  // An introduction written in a CJK script gives its numbers in the script's country ("她的手机是 138 5550 0123"),
  // even when they also read as the owner's region's.
  const script = regionFromScript(text);
  const cjk = !!script && CJK_REGIONS.includes(script) && script !== region;
  if ((cjk || !(out.phone && isValid(out.phone))) && PHONE_LIKE_RE.test(text)) {
    const context = regionFromContext(message.body, [message.date]);
    // A "+32 …" number in the same message names the country first ("0470 55 51 23" in French is Belgian there); not
    // the writer's own abroad ("numărul meu este +49 …" from a daughter living in Germany).
    const plus = plusRegions(withoutWritersNumbers(message.body));
    const hints = [...new Set([...plus, ...regionHints(message.body)])];
    for (const hinted of context ? [...hints, context] : hints) {
      const alt = hinted === region ? undefined : describedInIntro(text, person, hinted).phone;
      // A valid reading ends the search; a possible one is kept when nothing better reads (a drama-range UK mobile).
      if (alt && (!out.phone || isValid(alt) || (cjk && !isValid(out.phone)))) out.phone = alt;
      if (alt && isValid(alt)) break;
    }
  }
  // The number said beside the introducer's own, which only reads in the country the message's cues name.
  out.phone = inSiblingRegion(
    out.phone,
    message.body,
    region,
    () => [...regionHints(message.body), regionFromContext(message.body, [message.date])],
    (r) => describedInIntro(text, person, r).phone,
  );
  // The person's details pasted under the introducer's sign-off ("Her details (from her signature):" + a block
  // opened by their name on a line of its own).
  const rest = message.body.slice(cut.length);
  const name = normalizeName(person.name);
  // The name alone on its line, or with the title beside it ("Kenji Nakamura | IT Manager", "… - Head Chef").
  const named = (l: string) =>
    l.length < 80 && normalizeName(personPart(l.replace(/[:,]$/, "").trim())) === name;
  if (name && rest.includes(name.split(" ")[0]) && rest.split(/\r?\n/).some(named)) {
    // Its number in the region the message implies ("tel. kom. 601 555 084" under Polish prose).
    const below = signatureInRegions(rest, { ...person, name }, region, message.body);
    for (const k of ["title", "company", "phone", "website"] as const)
      if (below[k] && !out[k]) out[k] = below[k];
  }
  return out;
}
