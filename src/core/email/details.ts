// Everything the thread says about the chosen person: name, e-mail, phone, title, company, website.
import { namedAsRelative } from "./household";
import type { Lead } from "../lead";
import { domainOf, isFreeMailDomain, isGenericMailbox, type Address } from "../contact/email";
import { normalizeName } from "../contact/name";
import { TITLE_WORDS_RE } from "../contact/roles";
import type { Choice } from "./choose";
import { HANDOVER_RE, HANDS_OVER_RE, RELATION_BEFORE_NAME_RE } from "./cues";
import { mentionsMobile, mobileInProse } from "../contact/phone-rank";
import { withoutSignOff } from "./intro";
import { assistsByName } from "./assistant-of";
import { writesForSender } from "./written-for";
import { ownPrincipalTitle, principalTitle } from "./principal-title";
import { describedInIntro } from "./described";
import { describedBySelf } from "./self-described";
import { companyBesidePerson, letters } from "./display-company";
import { deskCompany, isDeskMailbox } from "./display-name";
import { companyLineOfDisplayName } from "./display-is-company";
import { colleaguesCompany } from "./colleague-company";
import { fromIntro } from "./intro-details";
import { fromOwnMessages, merge } from "./message-details";
import { regionFromEmail } from "../contact/region";
import { jaSelfIntroduced } from "./cjk-self-intro";
import { cjkCompany } from "./line-kinds";
import { companyShownByMailbox, firstNameSigned, givenNameUnderSignOff } from "./mailbox-signer";
import { readSignature } from "./signature";
import { finish } from "./lead-finish";
import { numberForPrincipal } from "./principal-phone";
import type { ThreadMessage } from "./thread";
import { formLeadDetails } from "./form-details";

/** "the one to talk to is their CFO, Martin Osei": a title written just before the name (en, with its article). */
function titleBeforeName(text: string, name: string): string | undefined {
  const flat = text.replace(/\s+/g, " ");
  const at = name ? flat.indexOf(normalizeName(name)) : -1;
  if (at < 0) return undefined;
  const parts = flat.slice(0, at).split(/\b(?:their|the|his|her)\s+/i);
  const last = parts.length > 1 ? parts[parts.length - 1].replace(/,?\s*$/, "") : "";
  // "the owner who decides is Leontine Okafor": a clause, not a title.
  const clause =
    /\b(?:is|was|are|who|that|which)\b/i.test(last) || RELATION_BEFORE_NAME_RE.test(`my ${last} `);
  return /^[\p{L}&. -]{2,40}$/u.test(last) && !clause && TITLE_WORDS_RE.test(last) ? last : undefined;
}

/** Two addresses on one company's own domain (not a free mailbox's). */
function sameCompanyDomain(a: string, b: string): boolean {
  const d = domainOf(a);
  return !!d && d === domainOf(b) && !isFreeMailDomain(d);
}

/**
 * The company a shared mailbox (info@, office@ …) shows as its display name: one its domain spells ("Summit Yoga"
 * for info@summityoga.example, "Lakeside Dental" for office@lakeside-dental.example).
 */
function companyOnMailbox(a: Address): string | undefined {
  if (!a.email || !isGenericMailbox(a.email)) return undefined;
  const shown = letters(a.name);
  if (shown.length >= 4 && letters(domainOf(a.email)).includes(shown)) return a.name.trim();
  // The domain a short form of the name ("The Rolling Pin Bakery" for hello@rollingpin.example).
  const label = letters(domainOf(a.email).split(".")[0]);
  if (label.length >= 5 && shown.includes(label) && !/\s[-–—|]\s/.test(a.name)) return a.name.trim();
  return companyShownByMailbox(a);
}

/** The lead's fields for a choice, reading the thread's messages. */
export function leadDetails(
  choice: Choice,
  messages: ThreadMessage[],
  defaultRegion: string,
  outerDate = "",
): Lead {
  if (choice.kind === "form") return formLeadDetails(choice, defaultRegion);
  const region = regionFromEmail(choice.person.email, defaultRegion);
  // "Summit Yoga <info@summityoga…>": the shared mailbox shows the company; the person is the one who signs.
  // "Berger Metallbau <k.berger@…>" signed "Klaus Berger" over "Berger Metallbau GmbH": the company, any mailbox.
  const atDesk = deskCompany(choice.person);
  const shown =
    atDesk ?? companyOnMailbox(choice.person) ?? companyLineOfDisplayName(choice.person, choice.message.body);
  // "Procurement <procurement@…>": a desk's name finds no signature; the one who signs under the sign-off is read.
  const desk = !shown && isDeskMailbox(choice.person);
  // ja: a company's or department's mailbox ("さくら販売株式会社 営業部 <sales@…>") whose writer introduces themselves
  // ("営業部の山本と申します"): the one who signs under that name.
  const selfNamed =
    !shown && !desk && cjkCompany(choice.person.name) ? jaSelfIntroduced(choice.message.body) : undefined;
  const person =
    shown || desk
      ? { name: "", email: choice.person.email }
      : selfNamed
        ? { name: selfNamed, email: choice.person.email }
        : choice.person;
  // A message the choice wrote for the person (an auto-reply's lines about the colleague it names) is theirs too.
  const theirs = messages.includes(choice.message) ? messages : [choice.message, ...messages];
  const d = fromOwnMessages(person, theirs, region, outerDate);
  if ((desk || selfNamed) && !d.name) person.name = choice.person.name;
  // Signed with a given name only under the sign-off ("Claire" over the company's line): that person, at the company.
  // At a desk ("Reception Hotel Sol") a given name alone under the sign-off ("Kind regards,\nTom") is the one too.
  const signer =
    shown && !d.name
      ? (firstNameSigned(choice.message.body, shown) ??
        (atDesk ? givenNameUnderSignOff(choice.message.body) : undefined))
      : undefined;
  if (signer && d.company === signer) delete d.company;
  if (shown && !d.name) person.name = signer ?? shown;
  if (shown && (d.name || signer)) d.company ??= shown;
  // The nameless read took the given name's line for a title.
  if (signer && d.title === signer) delete d.title;
  // One the note names as deciding who only was copied ("Looping in Nora, our new Director of Procurement"): the
  // message that brought them in introduces them, like an introduction.
  const handedTo =
    choice.kind === "sender" && !!choice.namedIn && choice.message.from?.email !== person.email;
  if (choice.kind === "intro" || handedTo) {
    // An assistant writing for them (same company domain) signs with the company they share.
    const by = choice.kind === "intro" ? choice.introducer : choice.message.from;
    // A rep handing the account to a successor on the same company domain ("your account will be handled by X"), or a
    // colleague handing the matter over ("übernimmt meine Kollegin …"), signs with the company they share too.
    // "on behalf of our Managing Director, Dr X": the writer's own principal shares the writer's company, whatever
    // address they are reached at.
    // Also the thread's sender the note hands it to ("On behalf of our General Manager, Lena Fischer" above the
    // assistant's signature, the note naming Lena as the one who decides).
    const ownTitle = ownPrincipalTitle(choice.message.body, person.name);
    if (ownTitle && !d.title) d.title = ownTitle;
    const colleague =
      choice.kind === "intro"
        ? choice.onBehalf ||
          !!ownTitle ||
          HANDOVER_RE.test(choice.message.body.slice(0, 4000)) ||
          HANDS_OVER_RE.test(choice.message.body.slice(0, 4000)) ||
          // "my colleague Mia Tan, our Facilities Manager for the CBD buildings": one company's own domain, one firm.
          (!!by?.email && !!person.email && sameCompanyDomain(by.email, person.email))
        : true;
    // Known from the note only: the writer's company only when the note's address is on the writer's domain.
    // A relative writing for them ("for my mother, X") works elsewhere: their company is not X's.
    const unknown =
      !person.email &&
      !(choice.kind === "sender" && choice.noteOnly) &&
      !namedAsRelative(choice.message.body, person.name);
    // Their assistant's signature ("Executive Assistant to X" over the firm) gives X's company, over a place the
    // text names ("keeps his boat at … Marina").
    const assists =
      choice.kind === "intro" && !!choice.onBehalf && assistsByName(choice.message.body, person.name);
    if (
      colleague &&
      (!d.company || assists) &&
      by?.email &&
      (unknown || !!ownTitle || assists || (!!person.email && sameCompanyDomain(by.email, person.email)))
    ) {
      const sig = readSignature(choice.message.body, by, region);
      if (sig.company) d.company = sig.company;
      // An assistant writing for them: the firm's site in the assistant's signature is theirs too when it is their own
      // address's domain (a colleague handing over or introducing signs for themselves only).
      const forThem = choice.kind === "intro" && choice.onBehalf;
      if (forThem && !d.website && sig.website && sameCompanyDomain(`x@${sig.website}`, person.email))
        d.website = sig.website;
    }
    // An assistant giving the principal's mobile ("his mobile is …") beats a line in the principal's own signature.
    const said = fromIntro(choice.message, by, person, region);
    // "Executive Assistant to Dr. X, Principal Orthodontist" under the assistant's mail: X's title.
    if (choice.kind === "intro" && choice.onBehalf && !d.title)
      d.title = principalTitle(choice.message.body, person.name);
    if (choice.kind === "intro" && choice.onBehalf && d.phone && d.phoneKind !== "mobile" && said.phone) {
      const text = withoutSignOff(choice.message.body, by).replace(/([.!?])\s/g, "$1\n");
      const mobile = mentionsMobile(text) ? mobileInProse(text, region) : undefined;
      if (mobile) d.phone = mobile;
    }
    // Written for someone with no number of their own in the thread: the number in the writer's text.
    if (choice.kind === "intro" && choice.onBehalf && !d.phone && !said.phone)
      said.phone = numberForPrincipal(
        withoutSignOff(choice.message.body, by),
        region,
        !!person.email,
        choice.message,
      );
    merge(d, said);
  }
  // A stand-in an auto-reply names on its writer's own domain works for the company the writer signs for.
  const away = choice.kind === "sender" ? choice.deputyOf : undefined;
  if (away?.from?.email && !d.company && person.email && sameCompanyDomain(away.from.email, person.email))
    d.company = readSignature(away.body, away.from, region).company;
  // The title the auto-reply gives them ("mijn collega Sanne de Wit, inkoper, via …").
  if (away && !d.title) d.title = describedInIntro(choice.message.body, person, region).title;
  if (choice.kind === "sender") {
    if (!handedTo) merge(d, describedBySelf(choice.message.body, person, region));
    // Their assistant writing from their own mailbox ("on behalf of Daniel Okafor, CEO of …"): what it says of them.
    const own = withoutSignOff(choice.message.body, undefined);
    if (!handedTo && writesForSender(own, person.name)) merge(d, describedInIntro(own, person, region));
    // "the decision maker is Wen Zhou (CFO, Harlow Freight Ltd)": what the note says about who they are.
    if (choice.namedIn) {
      const { title, company } = describedInIntro(choice.namedIn, person, region);
      merge(d, { title: title ?? titleBeforeName(choice.namedIn, person.name), company });
    }
  }
  // Nothing signed or said by the sender: the company a colleague on their own company domain signs with in the
  // thread (an introduction keeps its own rule above: the introducer's company only on a handover).
  if (choice.kind === "sender" && !d.company && !companyBesidePerson(person))
    d.company = colleaguesCompany(person, messages, region);
  return finish(d, person);
}
