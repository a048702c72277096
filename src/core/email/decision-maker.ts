// The one who decides, as the forwarder's note names them ("the decision maker is Helen Cho", "Hon bestämmer").
import { findEmails, type Address } from "../contact/email";
import { normalizeName } from "../contact/name";
import { COMPANY_WORDS_RE } from "../contact/company-words";
import { hasTitleWord } from "../contact/roles";
import type { Choice } from "./choose";
import { DECISION_MAKER_RES, NOT_THIS_PERSON_RE, PERSON_PRONOUN_RE } from "./decision-words";
import { NOTE_VERB_RE } from "./note-named";
import { fullNameInThread } from "./thread-full-name";
import { isSystemSender, type OwnerSide } from "./people";
import type { ThreadMessage } from "./thread";
import { decisionMakerIn } from "./clause-person";

/**
 * The outside person the forwarder's note names as the one who decides ("Rob is the assistant, the decision
 * maker is Helen Cho"): read in the clause of the note that holds the cue, without anyone it sets aside ("non Marco").
 * A pronoun there ("Hon bestämmer", "è lui che decide") stands for a person named in an earlier clause.
 */
export function namedDecisionMaker(
  note: string,
  messages: ThreadMessage[],
  side: OwnerSide,
): Choice | undefined {
  // Clauses end at punctuation, "but" and "and" (en, fr, es, de, it, pt, nl, sv, nb/da); a full stop only before a
  // space, never an honorific's ("Dr. Howard Lim") nor one inside an address ("renata@brewing.example").
  const clauses = note.split(
    /(?<!(?<![\p{L}])(?:Dr|Mr|Mrs|Ms|Prof|St|Mme|Sr|Sra|Dra|Hr|Fr))\.(?=\s|$)|[;!?\n]|,\s+|\s+(?:but|and|mais|et|pero|y|aber|und|ma|mas|e|maar|en|men|och|og)\s+/iu,
  );
  const at = clauses.findIndex((c) => DECISION_MAKER_RES.some((re) => re.test(c)));
  if (at < 0) return undefined;
  const kept = clauses.map((c) => c.replace(NOT_THIS_PERSON_RE, " "));
  // Whom the note sets aside anywhere ("follow up with her (not Marcus)") is never the one who decides.
  const aside = new Set(
    (note.match(NOT_THIS_PERSON_RE) ?? [])
      .flatMap((m) => m.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [])
      .map((w) => w.toLowerCase()),
  );
  const find = (i: number, latest = false) =>
    kept[i].trim() ? decisionMakerIn(kept[i], note, messages, side, aside, latest) : undefined;
  // Two people in the cue's clause ("Paula is leaving - Hyun-woo Park takes over"): the one nearest the cue.
  const cueAt = Math.max(0, ...DECISION_MAKER_RES.map((re) => kept[at].search(re)));
  // The name is in the cue's clause, else in the next one ("the one to talk to is their CFO,\nMartin Osei").
  const next = kept.findIndex((c, i) => i > at && !!c.trim());
  // "Kyle is just the shop guy - the person who signs off is his boss, Renata Solis": the role, then the one who has
  // it; whoever is named before the role is not them.
  // de and fr put a comma before the verb ("wer entscheidet, ist …", "celui qui décide, c'est …"): the next clause.
  const joined = next > 0 && !roleFirstRest(kept[at]) ? `${kept[at]} ${kept[next]}` : kept[at];
  const after = roleFirstRest(joined);
  const then = joined === kept[at] ? next : kept.findIndex((c, i) => i > next && !!c.trim());
  if (after !== undefined)
    return (
      decisionMakerIn(after, note, messages, side, aside, false) ??
      writtenInNote(after, note, messages, side, aside) ??
      (then > 0 ? (find(then) ?? writtenInNote(kept[then], note, messages, side, aside)) : undefined)
    );
  // A full name in the cue's clause, of nobody in the thread, before a pronoun's person ("He says don't bother him -
  // call Dana Whitfield instead").
  const found =
    (kept[at].trim() ? decisionMakerIn(kept[at], note, messages, side, aside, false, cueAt) : undefined) ??
    writtenInNote(kept[at], note, messages, side, aside);
  if (found) return found;
  // The pronoun stands for the person named nearest before it ("Marcus handed this over to Nora, she decides").
  if (PERSON_PRONOUN_RE.test(clauses[at]))
    for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
      // One in no header whom the thread's text gives an address of their own ("llama a Javier Molina, no a la de
      // RRHH: él es quien decide" over a forward that writes javier.molina@…): the name the clause writes.
      const written = kept[i].trim() ? writtenInNote(kept[i], note, messages, side, aside) : undefined;
      const before =
        find(i, true) ?? (written?.kind === "sender" && written.person.email ? written : undefined);
      if (before) return before;
    }
  // "She's the decision maker, Darren in cc just works for her": a pronoun before the cue stands for one named before
  // it or for the writer the note passes on, never for the one the next clause names.
  if (PERSON_PRONOUN_RE.test(kept[at].slice(0, cueAt))) return undefined;
  return next > 0 ? find(next) : undefined;
}

/**
 * A copular sentence whose subject is the role ("the person who signs off is …", "the one who decides is …", fr
 * "celui qui décide, c'est …", es "el que decide es …", de "wer entscheidet, ist …", it "chi decide è …", pt "quem
 * decide é …", nl "wie beslist is …", sv "den som bestämmer är …"): the clause's text after the verb; else undefined.
 */
function roleFirstRest(clause: string): string | undefined {
  for (const re of DECISION_MAKER_RES) {
    const cue = re.exec(clause);
    if (!cue) continue;
    const before = clause.slice(0, cue.index);
    const rest = clause.slice(cue.index + cue[0].length);
    const relative =
      /(?<![\p{L}])(?:who|that|whoever|qui|que|quien|quién|wer|der|die|chi|che|quem|wie|som)\s+(?:[\p{L}'’-]+\s+)?$/iu.test(
        before,
      ) || /^(?:qui|quien|quem|chi|(?:el|la) que)\s/iu.test(cue[0]);
    const copula = /^\s*(?:is|was|will be|would be|c['’]est|est|es|era|ist|wäre|è|é|är|er)(?![\p{L}])/iu.exec(
      rest,
    );
    if (relative && copula) return rest.slice(copula[0].length);
  }
  return undefined;
}

/** A courtesy title standing before a surname (en, de, fr, nl, es, it, pt), in small letters. */
const HONORIFIC_WORD_RE = /^(?:mr|mrs|ms|dr|herrn?|frau|mme|mlle|dhr|mevr|sr|sra|sig|sig\.ra)\.?$/;

/** A full name as a note writes it: two or three capitalised words, name particles between ("Sanne de Wit"). */
const FULL_NAME_RE =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|da|del|della|di|van|von|der|den|le|la|du|dos|das)\s+)*\p{Lu}[\p{L}'’-]+){1,2})(?![\p{L}])/gu;

/**
 * One the note names as the one to follow up who is nobody in the thread ("call his business partner Dana Whitfield
 * instead", "the owner who decides is Leontine Okafor"): that name, with the address the note (else the thread's
 * text) writes for them, spelled by their name's local part; known from the note only (`noteOnly`).
 */
function writtenInNote(
  clause: string,
  note: string,
  messages: ThreadMessage[],
  side: OwnerSide,
  aside: Set<string>,
): Choice | undefined {
  const known = messages.flatMap((m) => [m.from, ...m.to, ...m.cc]).filter((a): a is Address => !!a);
  const knownWords = new Set(known.flatMap((a) => normalizeName(a.name).toLowerCase().split(/\s+/)));
  let name = [...clause.matchAll(FULL_NAME_RE)]
    // "Call Dana Whitfield instead": the verb opening the sentence is no part of the name; nor is a possessive's "'s".
    .map((m) => m[1].replace(/['’]s(?![\p{L}]).*$/u, ""))
    .map((n) =>
      normalizeName(n.replace(/^\S+\s+(?=\S+\s+\S)/, (w) => (NOTE_VERB_RE.test(w.trim()) ? "" : w))),
    )
    .find((n) => {
      const t = n.toLowerCase().split(/\s+/);
      return (
        t.length > 1 &&
        !NOTE_VERB_RE.test(t[0]) &&
        // "Bitte Frau Keller": a surname after an honorific, not a full name (the thread's text may write it whole).
        !t.some((w) => HONORIFIC_WORD_RE.test(w)) &&
        !COMPANY_WORDS_RE.test(n) &&
        !hasTitleWord(n) &&
        !aside.has(t[0]) &&
        !(knownWords.has(t[0]) && knownWords.has(t[t.length - 1]))
      );
    });
  const writer = messages.find((m) => m.from?.email && !side.has(m.from) && !isSystemSender(m.from));
  if (!writer) return undefined;
  // A first name only ("quem decide é o pai, seu Antônio", "the owner, Aino, decides"): the full name the thread's
  // text writes for it ("Meu pai, Antônio Moraes, é dono …"), when that person is in no header.
  // A relative may share the writer's surname: only the full name itself must be nobody's in the headers. A name on
  // a line of its own (a card) is written whole; prose may inflect it (fi "Aino Laaksosen pyynnöstä": genitive).
  const full = name ? undefined : fullNameInThread(clause, messages);
  const [given, family] = (full ?? "").toLowerCase().split(" ");
  if (full && !(knownWords.has(given) && knownWords.has(family)) && !aside.has(given)) name = full;
  if (!name) return undefined;
  const words = name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/\s+/);
  const [first, last] = [words[0], words[words.length - 1]];
  const taken = new Set(known.map((a) => a.email));
  const written = [note, ...messages.map((m) => m.body.slice(0, 4000))].flatMap(findEmails);
  const free = written.filter((e) => !taken.has(e) && !side.has({ name: "", email: e }));
  const local = (e: string) => e.slice(0, e.indexOf("@")).replace(/[^a-z]/g, "");
  const email =
    free.find((e) => first.length >= 3 && local(e).includes(first)) ??
    free.find((e) => last.length >= 3 && local(e).includes(last)) ??
    "";
  return { kind: "sender", person: { name, email }, message: writer, namedIn: note, noteOnly: true };
}
