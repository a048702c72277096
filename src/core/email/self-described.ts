// What a sender says about themselves: "I'm X, the general manager of Y", "I own Y", a ja self-introduction.
import type { Address } from "../contact/email";
import { jaSelfIntroducedCompany } from "./cjk-self-intro";
import { ownBusinessInBrackets } from "./own-business-brackets";
import { nameOrGuess } from "../contact/name";
import { SELF_INTRO_RE } from "./cues";
import type { ContactDetails } from "./signature";
import { companyRun } from "./company-runs";
import { describedInIntro } from "./described";

/**
 * A sender saying the business is theirs, its name following: en "I own", "I run", "we own", "I founded"; fr "je
 * dirige", "je tiens"; de "ich leite", "ich betreibe", "ich führe"; es "dirijo"; it "gestisco", "dirigo"; pt
 * "dirijo"; nl "ik run" (not "tengo"/"ik heb": too common for anything else).
 */
const OWN_BUSINESS_RE =
  /(?<![\p{L}])(?:(?:i|we)\s+(?:own|run|founded|co-?founded)|je (?:dirige|tiens)|nous (?:dirigeons|tenons)|ich (?:leite|betreibe|führe)|wir (?:betreiben|führen)|dirijo|gestisco|dirigo|ik run)\s+/iu;

/** What a sender says about themselves ("I'm Tobias Grant, the general manager of …", "My name is … and I'm …"). */
export function describedBySelf(body: string, person: Address, region: string): ContactDetails {
  const name = nameOrGuess(person);
  const first = name.split(" ")[0];
  if (!first || first.length < 2) return {};
  // ja "カフェ花水木の山本と申します" over a signature with "カフェ花水木" on its own line.
  const jaCompany = jaSelfIntroducedCompany(body);
  if (jaCompany) return { company: jaCompany };
  // A sender says who they are in their first lines.
  const flat = body.slice(0, 2000).replace(/\s+/g, " ");
  // "ich eröffne eine eigene Praxis in Husum (Praxis für Physiotherapie …)": the business they name as their own.
  const bracketed = ownBusinessInBrackets(flat);
  if (bracketed) return { company: bracketed };
  const cue = SELF_INTRO_RE.exec(flat);
  // "I own Juniper Yoga on 5th Ave", "je tiens la boulangerie …": the business they say is theirs.
  const owns = cue ? undefined : OWN_BUSINESS_RE.exec(flat);
  if (owns) {
    const run = companyRun(`runs ${flat.slice(owns.index + owns[0].length)}`);
    return run?.company ? { company: run.company } : {};
  }
  if (
    !cue ||
    !flat
      .slice(cue.index + cue[0].length)
      .trimStart()
      .startsWith(first)
  )
    return {};
  const { title, company } = describedInIntro(flat.slice(cue.index + cue[0].length), person, region);
  return { ...(title ? { title } : {}), ...(company ? { company } : {}) };
}
