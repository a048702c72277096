// The chosen person's details as their own messages give them: signatures and text, numbers read where the text says.
import { domainOf, type Address } from "../contact/email";
import { regionFromScript, regionHints, writtenInCjk } from "./region-language";
import { regionFromContext } from "./region-context";
import { regionOf, toE164 } from "../contact/phone";
import { regionOfHost } from "../contact/region";
import { countryNamedTwice } from "./named-country";
import { inSiblingRegion } from "./sibling-region";
import { fromSameNameElsewhere } from "./same-name-address";
import { correctedNumber } from "./corrected-number";
import { bestPhone, mentionsMobile, mobileInProse, offeredInProse } from "../contact/phone-rank";
import { pickPhone, readSignature, type ContactDetails } from "./signature";
import type { ThreadMessage } from "./thread";
import { addressSpellingName, siteOnOwnDomain } from "./own-domain";

export function merge(into: ContactDetails, from: ContactDetails): void {
  for (const k of ["name", "email", "phone", "company", "title", "website"] as const)
    if (!into[k] && from[k]) into[k] = from[k];
}

/**
 * The signature details of `person` from every message they wrote in the thread (newest first). `outerDate` is the
 * Date header of the mail itself: its zone is the last cue for a number written without its country code.
 */
export function fromOwnMessages(
  person: Address,
  messages: ThreadMessage[],
  region: string,
  outerDate = "",
): ContactDetails {
  const out: ContactDetails = {};
  // A person named only in the text (no address) wrote none of the messages; one known by name only ("De: Camila
  // Duarte", no address) wrote those under that name.
  const own = messages.filter((m) =>
    person.email
      ? m.from?.email === person.email
      : !!person.name && !!m.from && !m.from.email && m.from.name === person.name,
  );
  let signedKind: string | undefined;
  for (const m of own) {
    const signed = readSignature(m.body, person, region);
    if (!out.phone && signed.phone) signedKind = signed.phoneKind;
    merge(out, signed);
  }
  // Their own address written in their text ("direct all correspondence to me at jane.doe@…") beside a mailbox's.
  if (!out.email) out.email = addressSpellingName(own, person);
  // A site on their own mail domain written in their footer ("… sono riservate. ferraresi-arredo.example", a
  // disclaimer or a legal line under the signature, which the signature block stops before).
  if (!out.website) out.website = siteOnOwnDomain(own, person);
  const texts = own.map((m) => m.body.slice(0, 64 * 1024).replace(/([.!?])\s/g, "$1\n"));
  // A mobile given in their own text ("reach me on my cell at …") beats the signature's office line.
  const mentioned = texts.some(mentionsMobile);
  if (out.phone && signedKind !== "mobile" && mentioned) {
    const mobile = mobileInTexts(texts, region);
    if (mobile) [out.phone, signedKind] = [mobile, "mobile"];
  }
  // A number written in their own text ("text me at …") when no signature gives one.
  for (const t of texts) if (!out.phone) out.phone = pickPhone(t, region);
  // A number that does not read (or is not valid) in the region of the address: the region the text names (city,
  // sign-off, language), as "Port. 06 55 50 12 34" under "Cordialement" is French, not +1 065….
  const joined = texts.join("\n");
  // Their own text written in a CJK script gives its numbers in the script's country ("手机：138 5550 1234" is +86,
  // not a +1 read with "1" as the trunk prefix), as an introduction in that script does (intro branch below).
  const script = writtenInCjk(joined) ? regionFromScript(joined) : undefined;
  let cjk = !!script && CJK_REGIONS.includes(script) && script !== region;
  const needed = (cjk || !(out.phone && isValid(out.phone))) && PHONE_LIKE_RE.test(joined);
  // Each region the text implies in turn (a Swiss sign-off, then German prose), then (when those read nothing) the
  // company's legal form or the dates' zone, until one reads a valid number.
  const hints = needed ? regionHints(joined) : [];
  const context = needed
    ? regionFromContext(
        own.map((m) => m.body.slice(0, 64 * 1024)).join("\n"),
        // Their own messages' dates, then the thread's, then the mail's (a Notes forward's dates carry no zone).
        [...own.map((m) => m.date), ...messages.map((m) => m.date), outerDate],
      )
    : undefined;
  for (const r of context ? [...hints, context] : hints) {
    if (r === region || (out.phone && isValid(out.phone) && !cjk)) continue;
    let alt: string | undefined;
    // The signature read in that region may also find the title its numbers hid ("Tel. 030 …" under the title).
    let read: ContactDetails | undefined;
    for (const m of own) if (!alt) alt = (read = readSignature(m.body, person, r)).phone;
    for (const t of texts) alt ??= pickPhone(t, r);
    if (alt && (!out.phone || isValid(alt))) {
      out.phone = alt;
      if (read?.phone === alt) merge(out, read);
    }
    if (alt && isValid(alt)) cjk = false;
  }
  // An address that names no country, a number that reads in the default region, and a text whose legal form and
  // language both name another ("Cell. 347 555 0192" under Italian prose signed "… S.n.c."): read where they are.
  const named =
    out.phone && person.email && !regionOfHost(domainOf(person.email)) ? countryNamedTwice(joined) : "";
  if (named && named !== region && regionOf(out.phone ?? "") === region) {
    let alt: string | undefined;
    for (const m of own) alt ??= readSignature(m.body, person, named).phone;
    for (const t of texts) alt ??= pickPhone(t, named);
    if (alt && regionOf(alt) === named) out.phone = alt;
  }
  // A number that reads in the default region beside one that only reads where the text's cues say they are.
  if (own.length)
    out.phone = inSiblingRegion(
      out.phone,
      joined,
      region,
      () => [
        ...(needed ? hints : regionHints(joined)),
        regionFromContext(
          joined,
          own.map((m) => m.date),
        ),
      ],
      (r) => {
        let alt: string | undefined;
        for (const m of own) alt ??= readSignature(m.body, person, r).phone;
        for (const t of texts) alt ??= pickPhone(t, r);
        return alt;
      },
    );
  // English text and no region: a number with a trunk "0" that the default region cannot read ("07700 900123") is
  // read in the English-speaking regions that write one, in turn.
  if (!out.phone && !hints.length && TRUNK_ZERO_RE.test(joined))
    for (const r of TRUNK_ZERO_REGIONS)
      for (const t of texts) if (r !== region) out.phone ??= pickPhone(t, r);
  // Their numbers turned out to be another region's ("T: 0161 …" in the UK): the mobile their own text gives ("reach
  // me on my mobile, 07700 900318", "me liga no celular: (11) 9…") reads there and beats that office line too.
  const found = out.phone ? regionOf(out.phone) : undefined;
  if (found && found !== region && signedKind !== "mobile" && mentioned) {
    const mobile = mobileInTexts(texts, found);
    if (mobile) [out.phone, signedKind] = [mobile, "mobile"];
  }
  // The number they offer in their own text as theirs ("ring me on 07700 …", "erreichen Sie mich unter …"), read in
  // the signature number's country: a direct line, over the signature's office or switchboard line.
  if (out.phone && signedKind !== "mobile" && signedKind !== "direct") {
    const r = regionOf(out.phone) ?? region;
    const offered = texts.map((t) => offeredInProse(t, r)).find(Boolean);
    // Not over a mobile they also name ("contattarmi al 051 … oppure al cellulare 333 …").
    if (offered && !texts.some((t) => bestPhone(t, r)?.kind === "mobile")) out.phone = offered;
  }
  // "new number btw - 0491 …", "cambié de celular, ahora es el …": the number their newest text gives as replacing one.
  const newer = out.phone && texts[0] ? correctedNumber(texts[0], [regionOf(out.phone), region]) : undefined;
  if (newer) out.phone = newer;
  if (out.phone && signedKind === "mobile") out.phoneKind = signedKind;
  // Their earlier message from another address, signed in full, when the newest gives neither number nor company
  // (a short reply from a phone); one who gives a new number may be leaving that company.
  if (!out.phone && !out.company) merge(out, fromSameNameElsewhere(person, messages, region));
  return out;
}

/** A mobile their own texts give in `region`: a labelled one, else one named in prose ("reach me on my cell at …"). */
function mobileInTexts(texts: string[], region: string): string | undefined {
  return (
    texts.map((t) => bestPhone(t, region)).find((p) => p?.kind === "mobile")?.e164 ??
    texts.map((t) => mobileInProse(t, region)).find(Boolean)
  );
}

/** English-speaking regions whose numbers are written with a trunk "0" (UK, Ireland, Australia, New Zealand). */
export const TRUNK_ZERO_REGIONS = ["GB", "IE", "AU", "NZ"];
/** A number written with a trunk "0": "07700 900456", "020 7946 0018", "0161-496-0000". */
export const TRUNK_ZERO_RE = /(?:^|[\s(])0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;

/** Regions whose script names them (region-language.ts): zh-CN, zh-TW (traditional characters), zh-HK (Cantonese), ja, ko. */
export const CJK_REGIONS = ["CN", "TW", "HK", "JP", "KR"];

/** Digits that could be a phone number: without any, no region needs guessing. */
export const PHONE_LIKE_RE = /\d[\d\s()./-]{5,}\d/;

export function isValid(e164: string): boolean {
  return !!toE164(e164, "US");
}

/**
 * The signature block of `person` in `text`; when its number is not valid in `region`, the first valid reading in a
 * region that `hintText`'s language or places imply ("tel. kom. 601 555 084" under Polish prose).
 */
export function signatureInRegions(
  text: string,
  person: Address,
  region: string,
  hintText: string,
): ContactDetails {
  const out = readSignature(text, person, region);
  if ((out.phone && isValid(out.phone)) || !PHONE_LIKE_RE.test(text)) return out;
  for (const r of regionHints(hintText)) {
    const alt = r === region ? undefined : readSignature(text, person, r).phone;
    if (alt && isValid(alt)) return { ...out, phone: alt };
  }
  return out;
}
