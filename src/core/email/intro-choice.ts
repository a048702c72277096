// An introduction (or a message written on someone's behalf) in one message of the thread as the choice of lead.
import { domainOf, type Address } from "../contact/email";
import type { Choice } from "./choose";
import { HANDOVER_RE, HANDS_OVER_RE } from "./cues";
import { assistsByName } from "./assistant-of";
import { cjkPassedOn } from "./cjk-referral";
import { deskContact } from "./desk-contact";
import { handedBlock } from "./handed-block";
import { introducesSomeone } from "./introduces";
import { inquirerKeepsIt } from "./inquirer-copied";
import { isOwnBoss } from "./own-boss";
import { isAutoReply } from "./out-of-office";
import { addressOfName } from "./name-address";
import { passedOnInProse } from "./prose-referral";
import {
  copiedColleagueNamed,
  greetsBoth,
  introBySubject,
  introducedByName,
  introducedPerson,
} from "./intro";
import { referredTheWriter, saysReferredBy } from "./referred-writer";
import { withAddress, withWrittenName } from "./intro-names";
import { isSystemSender, type OwnerSide } from "./people";
import { signedByPerson } from "./role-mailbox";
import type { ThreadMessage } from "./thread";
import { ownPrincipalTitle, principalTitle } from "./principal-title";
import { writtenFor } from "./written-for";
import { writesForUncopied } from "./writes-for-cue";
import { zhTitledContact } from "./zh-titled-contact";
import { addressed, answersIntroBy, isKnownName, sameOwnDomain } from "./intro-people";

/**
 * The person message `i` of `messages` introduces (its text `own`, without the sign-off), or writes for; `outside`
 * tells a person outside the owner's side.
 */
export function introChoice(
  m: ThreadMessage,
  own: string,
  messages: ThreadMessage[],
  i: number,
  side: OwnerSide,
  anyOutside: (a: Address) => boolean,
): Extract<Choice, { kind: "intro" }> | undefined {
  // One the writer says sent them here ("Jonas passed along your name", copied) is their referrer, never introduced.
  const cue = saysReferredBy(own);
  const outside = (a: Address) => anyOutside(a) && !(cue && referredTheWriter(own, a));
  // A notification introduces nobody ("Location: Google Meet" is no "meet X"); one signed from events@ is no notification.
  const notice = isSystemSender(m.from) && !signedByPerson(m);
  const introduces = !notice && introducesSomeone(m, own, side, outside);
  // The inquirer copying someone in on their own thread ("I am copying my son Rohan", "I've cc'd Ted, who did our
  // books"): still the inquirer's, whoever the copy wording would otherwise introduce.
  // An introducer greeting both sides ("Ben, Callum - consider yourselves introduced") introduces whoever wrote first.
  const keeps = (a: Address | undefined) =>
    introduces &&
    !!a?.email &&
    [...m.to, ...m.cc].some((c) => c.email === a.email) &&
    inquirerKeepsIt(m, own, messages.slice(i + 1), side) &&
    !greetsBoth(m, own, outside) &&
    !introBySubject(m, own, outside);
  // ja: a customer giving a neighbour's number by name ("高橋さんの携帯は …"), nobody copied.
  const passedOn = introduces || notice ? undefined : cjkPassedOn(own);
  if (passedOn && passedOn !== m.from?.name)
    return {
      kind: "intro",
      // "佐藤さんの携帯は …" with "佐藤 美咲 <misaki.sato@…>" in To or Cc: that address and its full name.
      person: addressed(passedOn, [...m.to, ...m.cc], side) ?? { name: passedOn, email: "" },
      introducer: m.from,
      message: m,
      referral: !side.isOwnerOrColleague(m.from),
    };
  if (introduces) {
    // A name the text introduces is never the introducer's or the owner's side's; it may be the introducer's own
    // colleague ("I'd like to introduce my colleague Rachel Green", copied from the same company).
    const ownSide = [...m.to, ...m.cc].filter((a) => side.has(a));
    const named = () => introducedByName(own, (name) => isKnownName(name, [m.from, ...ownSide]));
    const addressed = introducedPerson({ ...m, body: own }, (a) => side.has(a) || isSystemSender(a));
    const person = addressed ? withWrittenName(addressed, named, own) : withAddress(named(), messages, side);
    if (keeps(person)) return undefined;
    // "Merci à Laurent pour la mise en relation", "thanks Sam for the intro" with Sam copied: the one introduced
    // answering the introduction quoted below (its introducer is the one "introduced" here) writes to the owner.
    if (person && !answersIntroBy(person, messages.slice(i + 1))) {
      const forThem = writesForUncopied(m, own, person) || assistsByName(m.body, person.name);
      return {
        kind: "intro",
        person,
        introducer: m.from,
        message: m,
        // A colleague handing the matter over (one company's own domain) refers nobody; a rep's account handed to a
        // successor ("your account will be handled by …") is passed on from outside the business: a referral.
        // "our Managing Director, X" is the writer's own principal, not someone referred.
        // "on behalf of my daughter, X", "my boss, X": whom the writer acts for, not someone referred.
        referral:
          !side.isOwnerOrColleague(m.from) &&
          !ownPrincipalTitle(own, person.name) &&
          !isOwnBoss(own, person.name) &&
          !forThem &&
          !(sameOwnDomain(m.from, person) && HANDS_OVER_RE.test(own) && !HANDOVER_RE.test(own)),
        ...(forThem ? { onBehalf: true } : {}),
      };
    }
  }
  // An assistant or front desk writing for someone copied ("im Auftrag von Herrn Dr. X", "on behalf of X"): X, even
  // on the writer's own domain; a referral only from another company.
  const principal =
    m.from?.email && !side.has(m.from) && !isSystemSender(m.from) ? writtenFor(m, own, outside) : undefined;
  if (keeps(principal)) return undefined;
  if (principal)
    return {
      kind: "intro",
      person: principal,
      introducer: m.from,
      message: m,
      // Known by name only (not copied): the assistant's own principal, no referral.
      // "our Managing Director" at a private address is still the writer's own principal: no referral.
      referral:
        !!principal.email &&
        domainOf(principal.email) !== domainOf(m.from?.email ?? "") &&
        !ownPrincipalTitle(own, principal.name) &&
        // Signed "Executive Assistant to X": X's own assistant, whatever address X is reached at.
        !assistsByName(m.body, principal.name),
      onBehalf: true,
    };
  // zh: "我们的总经理 周建国 … 麻烦您直接联系他" — the titled person the writer sends the reader to, no referral.
  const titled = !notice && m.from?.email && !side.has(m.from) ? zhTitledContact(own) : undefined;
  if (titled && titled.name !== m.from?.name)
    return {
      kind: "intro",
      person: { name: titled.name, email: titled.email },
      introducer: m.from,
      message: m,
      referral: false,
      onBehalf: true,
    };
  // Any language: the writer copies another person's card into their text above the sign-off (an assistant, a
  // procurement desk, an agency, a shift manager): that person, whom the writer acts for; no referral.
  // An auto-reply's stand-in ("Automatic reply:", by its subject) is the lead only when the forwarder's note names
  // them (deputy-choice.ts); a person's own reply saying they will be away still hands over.
  const handed =
    m.from?.email && !side.has(m.from) && !isSystemSender(m.from) && !isAutoReply(m.subject, "")
      ? (handedBlock(own, m.from, outside) ?? deskContact(own, m.from, outside))
      : undefined;
  if (handed)
    return { kind: "intro", person: handed, introducer: m.from, message: m, referral: false, onBehalf: true };
  // Any language: a third person named before "ring her", "son portable", "ihre Handynummer" and a number, with the
  // address the text spells for them if any.
  // Also under an introduction's cue that names nobody itself ("I gave him your name"): the name an outside writer
  // passes on in prose, when nobody outside is copied (one copied is the one introduced, read below).
  const proseToo =
    !introduces ||
    (!side.isOwnerOrColleague(m.from) &&
      ![...m.to, ...m.cc].some((a) => a.email !== m.from?.email && outside(a)));
  const inProse = notice || !proseToo ? undefined : passedOnInProse(own, m);
  // "our Medical Director, Mr X": the writer's own principal, for whom they write.
  const forProse =
    !!inProse &&
    (assistsByName(m.body, inProse) ||
      writesForUncopied(m, own, { name: inProse, email: "" }) ||
      !!ownPrincipalTitle(own, inProse));
  if (inProse && inProse !== m.from?.name)
    return {
      kind: "intro",
      person: { name: inProse, email: addressOfName(own, inProse, m.from?.email) ?? "" },
      introducer: m.from,
      message: m,
      // "my boss, X": the writer's own principal, not someone referred; signed "Assistant to X": the same, for X.
      referral: !side.isOwnerOrColleague(m.from) && !isOwnBoss(own, inProse) && !forProse,
      ...(forProse ? { onBehalf: true } : {}),
    };
  // An introduction that names no outside person: the introducer's own colleague it copies and names in full.
  const colleague = introduces
    ? copiedColleagueNamed({ ...m, body: own }, (a) => side.has(a) || isSystemSender(a))
    : undefined;
  if (keeps(colleague)) return undefined;
  if (colleague && !answersIntroBy(colleague, messages.slice(i + 1))) {
    // The writer's signature says they assist that colleague ("PA to Liam Hartley, Managing Director"): the writer
    // acts for them (their title and company from it), no referral.
    const assists = !!principalTitle(m.body, colleague.name);
    return {
      kind: "intro",
      person: colleague,
      introducer: m.from,
      message: m,
      referral:
        !side.isOwnerOrColleague(m.from) && !assists && !(HANDS_OVER_RE.test(own) && !HANDOVER_RE.test(own)),
      ...(assists ? { onBehalf: true } : {}),
    };
  }
  return undefined;
}
