// A message written for someone else who is copied ("I'm writing on behalf of Richard Hale", "im Auftrag von Herrn Dr. …").
import { findEmails, type Address } from "../contact/email";
import { normalizeName } from "../contact/name";
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { hasTitleWord } from "../contact/roles";
import type { ThreadMessage } from "./thread";
import { addressOfName, otherScriptAddress } from "./name-address";
import { escape } from "./forward-labels";
import { householdName, RELATION_RE } from "./household";
import { THEIR_NUMBER_RE } from "./prose-referral";
import { writesForCopiedNamed } from "./written-for-after";
import { ASSISTS_RE, FOR_THEM_RE, WRITES_FOR_RE } from "./writes-for-cue";

/** ja "田中 浩の秘書をしております", zh "王伟的秘书", ko "김민수의 비서": the name comes before the assistant's word. */
export const ASSISTS_AFTER_NAME_RE =
  /([\p{sc=Han}\p{sc=Hangul}]{1,4}[ \u3000]?[\p{sc=Han}\p{sc=Hangul}]{1,3})\s?(?:の秘書|的秘书|的助理|의 비서)/u;

/**
 * Honorifics and degrees before the name, up to three ("Herrn Dipl.-Ing.", "Frau Dr.", "Mag.", "Lic."); pt "Eng." /
 * "Eng.ª" / "Engº" (engineer) and pt/es "Arq." (architect), written before a principal's name as "Dr." is; en-NG
 * "Chief", "Alhaji", "Alhaja"; ro "domnul" / "doamna" / "dl." / "dna."; pl "pan" / "pani".
 */
const BEFORE_NAME_RE =
  /^(?:(?:Herrn?|Frau|Mr|Mrs|Ms|Dr|Prof|Mme|M|Sr|Sra|Dra|Dott|Dott\.ssa|Ing|Eng(?:\.?[ºª])?|Enga|Arq|Dipl\.?-Ing|Dr\.?-Ing|Mag|Lic|Dhr|Mevr|Chief|Alhaji|Alhaja|domnul|doamna|dl|dna|pan|pani|pana|עו"ד|עו״ד|ד"ר|ד״ר|מר|גב['׳]|de heer|mevrouw|meneer|la|el|le|del|de la|della|do|da|o|a)\.?\s+){0,3}/iu;

/** en "on Victor's behalf", "on Dr. Cheng's behalf": the name before the possessive (any client). */
const ON_NAMES_BEHALF_RE =
  /(?<![\p{L}])on (?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})['’]s? behalf\b/u;
// Name particles between the words ("Pieter van Dijk", "Ana de la Cruz"); a Hebrew or Arabic name (no letter case) is
// its first two words.
const NAME_RE =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|de|der|den|da|di|du|le|la|dos|das|del|della)\s+)*\p{Lu}[\p{L}'’-]+){0,3}|[\p{sc=Hebrew}\p{sc=Arabic}]{2,}[ -][\p{sc=Hebrew}\p{sc=Arabic}]{2,})/u;

/** A relation word right where the name should start ("mon mari, ", "my wife "): household.ts's table. */
const KIN_FIRST_RE = new RegExp(`^${RELATION_RE.source}`, "iu");

const words = (name: string) => normalizeName(name).toLowerCase().split(/\s+/).filter(Boolean);

/** The first name followed by one capitalised surname later in the text ("Julie" … "Julie Whitfield"), if written. */
function fullNameLater(flat: string, first: string): string | undefined {
  const re = new RegExp(`(?<![\\p{L}])${escape(first)} (\\p{Lu}[\\p{Ll}'’-]+)(?![\\p{L}])`, "u");
  const m = re.exec(flat);
  return m ? `${first} ${m[1]}` : undefined;
}

/** The person `m`'s writer says they write for, when that person is copied or addressed with an address of their own. */
export function writtenFor(
  m: ThreadMessage,
  own: string,
  isCandidate: (a: Address) => boolean,
): Address | undefined {
  const copied = [...m.cc, ...m.to].filter((a) => !!a.email && a.email !== m.from?.email && isCandidate(a));
  const flat = own.slice(0, 4000).replace(/\s+/g, " ");
  const cues = [...flat.matchAll(WRITES_FOR_RE)].map((c) => ({ c, assists: false, kinCue: false }));
  for (const c of flat.matchAll(ASSISTS_RE)) cues.push({ c, assists: true, kinCue: false });
  // A relative writing for them ("Sou a Fernanda, esposa do Ricardo Moura", "I'm writing for my husband, X"): theirs
  // only when they are copied or their own address is written in the text (below).
  for (const c of flat.matchAll(RELATION_RE)) cues.push({ c, assists: false, kinCue: true });
  const cjk = ASSISTS_AFTER_NAME_RE.exec(flat)?.[1];
  // zh/ja/ko "总经理办公室的秘书", "営業部の秘書": an office's or department's secretary names no person.
  if (cjk && !hasTitleWord(cjk) && !/(?:办公室|辦公室|室|部|处|處|課|课|팀|실)$/u.test(cjk)) {
    // Copied, their display name is the same characters with or without the space ("山本 健一" for "山本健一").
    const bare = cjk.replace(/[ \u3000]/g, "");
    const principal = copied.find((a) => a.name.replace(/[ \u3000]/g, "") === bare);
    if (principal) return principal;
    if (!copied.length) return { name: cjk, email: "" };
  }
  // "on his behalf" with one outside person copied: that person (a colleague answering while they are away).
  if (copied.length === 1 && FOR_THEM_RE.test(flat)) return copied[0];
  const possessive = ON_NAMES_BEHALF_RE.exec(flat);
  if (possessive) cues.push({ c: possessive, assists: false, kinCue: false });
  for (const { c: cue, assists, kinCue } of cues) {
    let after = flat.slice((cue.index ?? 0) + cue[0].length).replace(BEFORE_NAME_RE, "");
    // "on behalf of my husband, X", fr "de la part de mon mari, X", es "en nombre de mi esposa, X": a relative the
    // writer speaks for, named in full, is the lead even when not copied (they may have no address of their own).
    const kin = assists || cue === possessive ? null : KIN_FIRST_RE.exec(after);
    if (kin) after = after.slice(kin[0].length).replace(BEFORE_NAME_RE, "");
    // "on behalf of our Medical Director, Dr. Amelia Hartley (copied)": a copied person named in full soon after.
    const near = copiedNear(after.slice(0, 90), copied);
    if (near && !assists) return fullerWritten(near, NAME_RE.exec(after)?.[1]);
    const given = cue === possessive ? cue[1] : NAME_RE.exec(after)?.[1];
    // "on behalf of my wife Julie … please ring Julie Whitfield on …": a relative's first name, in full further on;
    // also after the relation alone ("I'm emailing for my husband, Graham … ring him - Graham Pritchard, 07700 …").
    const name =
      (kin || kinCue) && given && !given.includes(" ") ? (fullNameLater(flat, given) ?? given) : given;
    if (!name) continue;
    // Not copied: a full name only, never a title or a company ("assistant to the Managing Director"); also the one
    // an assistant writes for ("Escrevo em nome do Dr. Henrique Sousa", "on behalf of Mr Tom Hale") when no address
    // of anyone else is written (one that is finds them below or elsewhere), nor is the From theirs (a delegate
    // sending from the principal's own mailbox, Outlook "Sender:").
    const fromWords = new Set(words(m.from?.name ?? ""));
    const nameOnly =
      !kinCue &&
      !words(name).every((w) => fromWords.has(w)) &&
      !/@/.test(m.from?.email ? flat.split(m.from.email).join("") : flat);
    if ((assists || kin || nameOnly) && !copied.length)
      return name.includes(" ") && !hasTitleWord(name) && !COMPANY_WORDS_RE.test(name)
        ? { name, email: "" }
        : undefined;
    const said = new Set(words(name));
    // A first name alone ("on Victor's behalf") names the one person copied who has it; a surname alone after an
    // honorific ("on behalf of Dr. Castro", "im Auftrag von Herrn Maier") the one copied person whose surname it is.
    const one = said.size === 1 ? words(name)[0] : "";
    const firstOnly = !!one && copied.filter((a) => words(a.name)[0] === one).length === 1;
    const lastOnly = !!one && !firstOnly && copied.filter((a) => words(a.name).pop() === one).length === 1;
    const person = copied.find((a) => {
      const t = words(a.name);
      return (
        t.length > 0 &&
        (t.every((w) => said.has(w)) ||
          (said.has(t[0]) && said.has(t[t.length - 1])) ||
          (firstOnly && said.has(t[0])) ||
          (lastOnly && said.has(t[t.length - 1])))
      );
    });
    if (person) return person;
    // Not copied, but their own address written in the text ("… wil de offerte ontvangen op p.vandijk@…"): theirs.
    const email = copied.length
      ? undefined
      : (addressOfName(flat, name, m.from?.email) ?? otherScriptAddress(flat, name, m.from?.email));
    if (email && name.includes(" ")) return { name: normalizeName(name), email };
    // Nor copied, but the reader told to reach them by pronoun, with a number ("mein Sohn Jonas Brandt … melden Sie
    // sich direkt bei ihm: Handy …", "my daughter Amy Cole … call her on …"): a parent writing for a grown child. A
    // household's shared mailbox ("The Hendersons") is theirs too: household.ts keeps its address.
    const rest = flat.slice((cue.index ?? 0) + cue[0].length);
    if (
      kinCue &&
      !householdName(m.from) &&
      !copied.length &&
      name.includes(" ") &&
      (THEIR_NUMBER_RE.test(rest) ? /\d[\d ().-]{6,}\d/.test(rest) : kinAgainNumber(rest, cue[0]))
    )
      return { name: normalizeName(name), email: reachAddress(rest, m.from?.email) };
  }
  // A postposition (fi "hallituksen puolesta", tr "yönetim adına") or a preposition before a board or a company ("on
  // behalf of the board"): the one copied colleague the text names in full (written-for-after.ts).
  const cued = cues.some((c) => !c.assists && !c.kinCue);
  return writesForCopiedNamed(flat, cued, copied, m.from?.email ?? "");
}

/**
 * The relation named again, a number soon after ("bitte rufen Sie direkt meinen Vater an … Tel. 089 …", "please call my
 * mother on …", "chiamate mia madre al …"): the reader sent to the relative by the relation word, any language.
 */
function kinAgainNumber(rest: string, relation: string): boolean {
  const at = rest.toLowerCase().indexOf(relation.replace(/[\s,]+$/, "").toLowerCase());
  return at >= 0 && /\d[\d ().-]{6,}\d/.test(rest.slice(at, at + 160));
}

/** A display name the text writes longer ("Maria Grazia" copied, "Maria Grazia Benedetti" written): as written. */
function fullerWritten(a: Address, written: string | undefined): Address {
  const shown = words(a.name);
  const said = written ? words(written) : [];
  return said.length > shown.length && shown.every((w, i) => said[i] === w)
    ? { ...a, name: normalizeName(written ?? "") }
    : a;
}

/** The one copied person whose first and last names both stand in `text` (a title may come before them). */
function copiedNear(text: string, copied: Address[]): Address | undefined {
  const said = new Set(words(text.replace(/[^\p{L}'’-]+/gu, " ")));
  const found = copied.filter((a) => {
    const t = words(a.name);
    return t.length > 1 && said.has(t[0]) && said.has(t[t.length - 1]);
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * An assistant writing from the principal's own mailbox ("I am writing on behalf of Daniel Okafor, CEO of …" sent
 * from Daniel's address; "Escribo en nombre de …"): whether `own` (the text without its sign-off) says it writes for
 * `name`, the sender, so that what it says about them is theirs.
 */
export function writesForSender(own: string, name: string): boolean {
  const flat = own.slice(0, 4000).replace(/\s+/g, " ");
  const said = words(name);
  if (said.length < 2) return false;
  return [...flat.matchAll(WRITES_FOR_RE)].some((c) => {
    const after = words(
      flat
        .slice((c.index ?? 0) + c[0].length)
        .replace(BEFORE_NAME_RE, "")
        .slice(0, 60),
    );
    return said.every((w, i) => after[i] === w.replace(/[,.]$/, "") || after[i]?.replace(/[,.]$/, "") === w);
  });
}

/**
 * The address the reader is told to reach the relative at, right after the cue ("contact her directly on 69… or at
 * eleni.p@…", el/hu/any language; a name in another script than the address cannot spell it): not the writer's own.
 */
function reachAddress(rest: string, writer = ""): string {
  const cue = THEIR_NUMBER_RE.exec(rest);
  if (!cue) return "";
  const near = rest.slice(cue.index, cue.index + cue[0].length + 120);
  return findEmails(near).find((e) => e !== writer.toLowerCase()) ?? "";
}
