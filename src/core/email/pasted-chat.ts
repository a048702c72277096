// A chat pasted into a mail (WhatsApp export, LinkedIn/Teams/Slack messages, an SMS): who in it is the lead.
import { findEmails } from "../contact/email";
import { normalizeName } from "../contact/name";
import { hasTitleWord } from "../contact/roles";
import { NAMED_CUE, SELF_INTRO_RE, WORKPLACE_PREPOSITIONS } from "./cues";
import { introducedByName } from "./intro";
import { regionHints } from "./region-language";
import { pickPhone } from "./signature";

export interface ChatTurn {
  speaker: string;
  text: string;
  /** The turn's first line as written (where the chat starts in the text). */
  line: string;
}

/** WhatsApp's export lines: iOS "[12/05/26, 18:41:07] Name: text", Android "12/05/2026, 18:41 - Name: text". */
const WHATSAPP_RE =
  /^\u200e?\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? \d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?(?:\]| -) ([^:\n]{2,40}?): (.*)$/;
/** A messenger's turn header, the name over the text: LinkedIn "Name  2:14 PM", Teams "Name, 2:14 PM", Slack "Name [2:14 PM]". */
const HEADER_RE =
  /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3})(?:\s{2,}|\t|,\s*|\s*\[)(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?,?\s+)?\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\]?$/u;
/** An SMS copied with its sender's number: en "From:", cs/pl/sk "Od:", de "Von:", fr/es/pt "De :", it "Da:", nl "Van:", sv "Från:", nb/da "Fra:". */
const SMS_FROM_RE = /^(?:from|od|von|de|da|van|från|fra)\s*:\s*(\+?\d[\d ()./-]{6,}\d)\s*$/i;

/** A line that opens a turn (a dated WhatsApp line, a name over a time, an SMS's number): without one, no chat. */
const CHAT_LIKE_RE =
  /^\s*\u200e?\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? \d{1,2}:\d\d|^\s*\p{Lu}[^\n:]{1,60}?(?:\s{2,}|\t|,\s*|\s*\[)\d{1,2}:\d\d|^\s*(?:from|od|von|de|da|van|från|fra)\s*:\s*\+?\d/imu;

/** The turns of a chat pasted in `text` (two at least, or one SMS with its number); empty when there is none. */
export function chatTurns(text: string): ChatTurn[] {
  if (!CHAT_LIKE_RE.test(text)) return [];
  const lines = text.slice(0, 16000).split(/\r?\n/);
  const turns: ChatTurn[] = [];
  let sms = false;
  let open: ChatTurn | undefined;
  for (const raw of lines) {
    const l = raw.trim();
    const w = WHATSAPP_RE.exec(l);
    const h = w ? null : HEADER_RE.exec(l);
    const s = w || h ? null : SMS_FROM_RE.exec(l);
    if (w || h || s) {
      open = { speaker: w ? w[1].trim() : h ? h[1] : s![1], text: w ? w[2] : "", line: raw };
      turns.push(open);
      sms ||= !!s;
    } else if (!l || /^-{2,}$/.test(l)) {
      // A blank line or a rule after a turn's text ends it: what follows (a signature) is no one's turn.
      if (open?.text) open = undefined;
    } else if (open) open.text += `${open.text ? "\n" : ""}${l}`;
  }
  const said = turns.filter((t) => t.text.trim());
  return said.length >= 2 || (sms && said.length === 1) ? said : [];
}

const YOU_RE =
  /^(?:you|me|moi|vous|toi|du|ich|sie|tú|tu|yo|usted|io|lei|você|eu|jij|jullie|ik|ty|ja|vy|jag|dig|mig)$/i;

/** One of the owner's side speaks: "You", or a name whose first word is one of theirs. */
function isOwnSpeaker(speaker: string, ownNames: string[]): boolean {
  if (YOU_RE.test(speaker)) return true;
  const first = normalizeName(speaker).toLowerCase().split(" ")[0];
  return ownNames.some((n) => normalizeName(n).toLowerCase().split(" ")[0] === first);
}

/** "Si chiama Giulia Ferri", "her name is …": a third person the speaker passes on, by language (en, it, es, fr, de, pt, nl, cs, pl, sv). */
const NAMED_RE = new RegExp(NAMED_CUE, "i");
const NAME_AFTER_RE = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}/u;

/**
 * The name a turn gives for a third person ("Si chiama Giulia Ferri, ti giro il contatto"), or the one it introduces
 * in the words of an introduction mail (INTRO_NAME_CUES: "Queria te apresentar a Juliana Prado", "I'd love to
 * introduce you to Ben Adeyemi"), never the speaker themselves.
 */
export function namedThirdPerson(text: string, speaker = ""): string | undefined {
  const cue = NAMED_RE.exec(text);
  if (cue) return NAME_AFTER_RE.exec(text.slice(cue.index + cue[0].length))?.[0];
  return introducedByName(text, (n) => isOwnSpeaker(n, [speaker]), false)?.name;
}

/** A speaker naming themselves: the shared self-introductions, with cs "tady", "jmenuji se", pl "nazywam się", sv "jag heter". */
const SELF_NAME_RE = new RegExp(
  `(?:${SELF_INTRO_RE.source.replace(/^\\b/, "")}|(?<![\\p{L}])(?:tady|jmenuji se|nazywam się|jag heter)\\s+)(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})`,
  "giu",
);

/** en "Thabo Nkosi here." (a chat's self-introduction, the name first), at a turn's or sentence's start. */
const NAME_HERE_RE = /(?:^|[.!?]\s+)(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,2}) here\b/mu;

/**
 * The name a speaker known by number gives for themselves: the cue is read in any case ("i'm", "I'M"), the name only
 * when capitalised as written ("I'm at work" names nobody), else the name before "here".
 */
function selfName(said: string): string | undefined {
  for (const m of said.matchAll(SELF_NAME_RE))
    if (m[1].split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) return m[1];
  return NAME_HERE_RE.exec(said)?.[1];
}

export interface ChatLead {
  name?: string;
  email?: string;
  phone?: string;
  title?: string;
  company?: string;
  /** The speaker who passed the lead on (a friend's "her name is …"), when the lead is not in the chat. */
  passedBy?: string;
  /** The text above the chat (the words of whoever pasted it). */
  above: string;
}

/** "Aisha Rahman · 2nd" over "Marketing Director at Copperline Brewing": LinkedIn's profile lines for a speaker. */
function profile(text: string, speaker: string): Pick<ChatLead, "title" | "company"> {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const at = lines.findIndex((l) => l.startsWith(speaker) && /·\s*(?:1st|2nd|3rd|\d\.?)/.test(l));
  const line = at >= 0 ? lines[at + 1] || "" : "";
  const words = line.split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && WORKPLACE_PREPOSITIONS.has(w.toLowerCase()));
  const title = cut > 0 ? words.slice(0, cut).join(" ") : "";
  return title && hasTitleWord(title) ? { title, company: words.slice(cut + 1).join(" ") } : {};
}

/** The lead in a pasted chat: the person an outside speaker passes on, else that speaker, with what they wrote. */
export function chatLead(text: string, ownNames: string[], region: string): ChatLead | undefined {
  const turns = chatTurns(text);
  const other = turns.find((t) => !isOwnSpeaker(t.speaker, ownNames));
  if (!other) return undefined;
  const said = turns.filter((t) => t.speaker === other.speaker).map((t) => t.text);
  const at = said.findIndex((t) => namedThirdPerson(t, other.speaker));
  const passed = at >= 0 ? namedThirdPerson(said[at], other.speaker) : undefined;
  // The contact given for a person passed on follows their name; the speaker's own number may come before.
  const all = said.slice(Math.max(0, at)).join("\n");
  const byNumber = /^\+?\d/.test(other.speaker);
  const name = passed ?? (byNumber ? selfName(all) : other.speaker);
  if (!name) return undefined;
  const out: ChatLead = { name: normalizeName(name), above: text.slice(0, text.indexOf(turns[0].line)) };
  const email = findEmails(all)[0];
  if (email) out.email = email;
  // A number without its country code ("O zap dela é (11) 95555-0173") in the region the chat's language implies.
  const numbers = byNumber && !passed ? other.speaker : all;
  const phone =
    pickPhone(numbers, region) ??
    regionHints(text.slice(0, 4000))
      .map((r) => pickPhone(numbers, r))
      .find(Boolean);
  if (phone) out.phone = phone;
  if (passed) out.passedBy = other.speaker;
  else Object.assign(out, profile(text, other.speaker));
  return out;
}
