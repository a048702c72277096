// A contact-form or notification e-mail: the person is in the form fields ("Name: …", "Email: …").
import { findEmails } from "../contact/email";
import { phoneKindOfLabel } from "../contact/labels";
import { TITLE_WORDS_RE } from "../contact/roles";
import { finnishSpeaker } from "./fi-speaker";
import { turkishSpeaker } from "./tr-speaker";
import { principalInTranscript } from "./transcript-principal";
import { FORM_FIELDS } from "./form-labels";
import { nameAboveFields } from "./form-name-above";
import { isNoAnswer, questionField } from "./form-questions";

export type FormFields = Partial<Record<(typeof FORM_FIELDS)[number]["field"], string>>;

type Field = (typeof FORM_FIELDS)[number]["field"];

// A qualifier in brackets after the label ("Website (indien aanwezig)", "Phone (optional)", "Société (facultatif)",
// WordPress and other form builders): the label without it. Social lead-ad notices (Meta, LinkedIn) print the form's
// field keys in snake case ("full_name", pt "nome_completo", es "nombre_completo"): read as words.
const fieldOf = (label: string): Field | undefined =>
  FORM_FIELDS.find((f) =>
    f.re.test(
      label
        .replace(/\*/g, "")
        .replace(/(?<=\p{L})_(?=\p{L})/gu, " ")
        .replace(/(?<=\p{L})\s*\([^()\d]{1,30}\)\s*$/u, "")
        .trim(),
    ),
  )?.field;

const CALLBACK_FOR_RE = /^(?:call ?back for|call back|return call to|please call|rückruf an|rappeler)$/i;

const LABELLED_RE = /^\s*[*•-]?\s*([^:：]{2,40}?)\s*[:：]\s*(.*)$/;

/** The answer under a label that stands alone on its line (the next line that is no label itself). */
function valueBelow(lines: string[], i: number): string {
  for (let j = i + 1; j < lines.length && j <= i + 2; j++) {
    const next = lines[j].trim();
    if (!next) continue;
    // A web address's "https:" is no label.
    return (LABELLED_RE.test(next) && !/^[a-z]+:\/\//i.test(next)) || fieldOf(next) ? "" : next;
  }
  return "";
}

/** A line that is only an address, within the three lines under a label's answer (no blank line, no label between). */
function addressBelow(lines: string[], i: number): string | undefined {
  for (let j = i + 2; j < lines.length && j <= i + 4; j++) {
    const next = lines[j].trim();
    if (!next || LABELLED_RE.test(next)) return undefined;
    if (/^<?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/.test(next)) return findEmails(next)[0];
  }
  return undefined;
}

/**
 * A form's fields, by label: "Label: value" lines; a label alone on its line with the answer below ("Invitee:" then
 * the name: Calendly, Squarespace questions); else table rows whose cells lost their colon ("Name Ingrid Solberg",
 * an HTML-only notification). Empty values are left out.
 */
export function readFormFields(body: string): FormFields {
  const out: FormFields = {};
  let mobileRead = false;
  const put = (field: Field, raw: string, label = "") => {
    const value = raw.replace(/^\*+|\*+$/g, "").trim();
    // A mobile field beats the phone field read before it ("Phone" then "Mobile": HubSpot, Jotform, CRM notices).
    const mobile = field === "phone" && phoneKindOfLabel(label) === "mobile";
    if (mobile && !mobileRead && /\d/.test(value) && !isNoAnswer(field, value)) delete out.phone;
    mobileRead ||= mobile && /\d/.test(value);
    if (!value || out[field] !== undefined || isNoAnswer(field, value)) return;
    // "Requester: Olivia Kane (olivia@kane.example)" (helpdesk tickets), "Name: Jo Lee <jo@lee.example>".
    const written = field === "name" ? /^([^(<]+?)\s*[(<]\s*(\S+@[^\s)>]+)\s*[)>]$/.exec(value) : null;
    if (written) {
      out.name = written[1];
      out.email ??= written[2];
      return;
    }
    out[field] = field === "email" ? (findEmails(value)[0] ?? undefined) : value;
  };
  // Japanese forms bracket the label instead of a colon: "【お名前】 小林 美咲".
  const lines = body
    .split(/\r?\n/)
    .map((l) => (l.startsWith("【") ? l.replace(/^【([^】]{1,20})】/, "$1: ") : l));
  for (let i = 0; i < lines.length; i++) {
    const m = LABELLED_RE.exec(lines[i]);
    // A question on its own line asks for the field ("What's your name?", Typeform and other conversational forms).
    const field = m
      ? fieldOf(m[1])
      : ((lines[i].length <= 40 ? fieldOf(lines[i]) : undefined) ?? questionField(lines[i]));
    // An answering service's slip names whom to call back apart from who rang ("Callback for: Dr. Aaron Patel" under
    // "Caller: his office manager …"): the one to call back is the lead (en; de "Rückruf an", fr "Rappeler").
    if (m && CALLBACK_FOR_RE.test(m[1].trim()) && m[2].trim()) out.name = m[2].replace(/\*+/g, "").trim();
    else if (field) {
      // A directory's contact block: the name alone under its heading, above the labelled address or number.
      const above =
        (field === "email" || field === "phone") && m?.[2].trim() && out.name === undefined
          ? nameAboveFields(lines, i)
          : undefined;
      if (above) out.name = above;
      put(field, m?.[2].trim() || valueBelow(lines, i), m?.[1] ?? lines[i]);
      // A person's label alone on its line over a block ("Booked by:" / name / address / "Mobil: …", booking tools):
      // the bare address line of that block is theirs.
      if (field === "name" && !m?.[2].trim()) out.email ??= addressBelow(lines, i);
    }
    // A scheduler's "Location:" that is the invitee's number for a call (Calendly, Acuity): en, fr, de, es, it.
    else if (m && /^(?:location|lieu|ort|ubicación|luogo)$/i.test(m[1].trim())) {
      const value = m[2].trim() || valueBelow(lines, i);
      // "+1 469-…", "This is a phone call. X will call the invitee at: +1 971-…" (Calendly's own wording).
      const number =
        /^(?:phone call:?\s*)?(\+?[\d(][\d\s().-]{7,})|\bcall\b[^+\d]{0,60}(\+?[\d(][\d\s().-]{7,})/i.exec(
          value,
        );
      if (number) put("phone", number[1] ?? number[2]);
    }
    // A marketplace's "From: Aisha Rahman" (a name alone, no address): the person who wrote in (en, de, fr, es, nl);
    // WordPress Contact Form 7's default mail "From: [your-name] <[your-email]>": the name and address they typed
    // (its translations: ro "De la", pl "Od", sv "Från", nb/da "Fra").
    else if (
      m &&
      /^(?:from|sender|von|absender|de|expéditeur|remitente|van|de la|od|från|fra)$/i.test(m[1].trim())
    )
      if (/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s*<[^\s<>@]+@[^\s<>]+>)?$/u.test(m[2].trim()))
        put("name", m[2]);
  }
  if (!Object.keys(out).length) {
    for (const line of lines) {
      // A "Label: value" line whose label is no field ("Caller ID: BRENNAN CONSTR") is no colon-less row.
      if (!LABELLED_RE.exec(line)?.[2].startsWith("//") && LABELLED_RE.test(line)) continue;
      const words = line.trim().split(/\s+/);
      // The longest label first: "Business name Saffron Leaf" is a company, not "Business" = "name Saffron Leaf".
      for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
        const field = fieldOf(words.slice(0, k).join(" "));
        if (field) {
          put(field, words.slice(k).join(" "), words.slice(0, k).join(" "));
          break;
        }
      }
    }
  }
  if (!out.name && out.first) out.name = [out.first, out.last].filter(Boolean).join(" ");
  // "Nom: Morel" beside "Prénom: Antoine" (fr), "Nombre: Lucía" beside "Apellidos: Benítez" (es): a one-word name
  // field is the other half of the name.
  else if (out.name && !/\s/.test(out.name.trim())) {
    if (out.first && out.first !== out.name) out.name = `${out.first} ${out.name}`;
    else if (out.last && out.last !== out.name) out.name = `${out.name} ${out.last}`;
  }
  return out;
}

/**
 * "this is Mark Rivera from Rivera Auto Body … call me back at …", "… calling from …": who speaks in a voicemail
 * transcript (en, fr, de, es, it, pt, nl, sv "det är X från Y", nb/da "det er", pl "nazywam się", cs "tady", hr/sr/bs
 * "ovdje", "ovde", "zovem se", ro "mă numesc"); the company
 * may follow a comma ("habla Mariana Ruiz, de Constructora Norte"), de an article ("von der Zahnarztpraxis Berg"). A text's first words (an SMS relayed by a
 * missed-call gateway: "Gud am po! This is Joy Ramos") capitalise the self-introduction: "This is", "My name is", and
 * the "I am called" forms of each language; a text typed in haste drops the apostrophe ("hi its Jack from …").
 */
const SPEAKER_RE =
  /(?:This is|My name is|Je m'appelle|Mein Name ist|Me llamo|Mi chiamo|Meu nome é|Mijn naam is|Jag heter|Jeg heter|Jeg hedder|Nazywam się|Jmenuji se|this is|my name is|it's|it’s|its|c'est|je m'appelle|ici|hier ist|mein name ist|hier spricht|soy|me llamo|habla|sono|mi chiamo|aqui é|meu nome é|dit is|mijn naam is|det är|här är|jag heter|det er|her er|jeg heter|jeg hedder|nazywam się|z tej strony|tady|jmenuji se|ovdje|ovde|zovem se|mă numesc|numele meu este)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:,?\s+(?:calling|ringing|here|qui appelle|appelle|chiamo|llamo|llamando)?\s*(?:from|at|with|of|de|chez|von|bei|da|di|van|bij|desde|från|fra|z|ze)\s+(?:(?:der|dem|den)\s+)?(\p{Lu}[\p{L}\d'’&-]*(?:\s+(?:(?:&|and|und|et|y|e)\s+)?\p{Lu}[\p{L}\d'’&-]*){0,4}))?/u;

/** "I'm the practice administrator": the caller's title as they say it (en, fr, de, es, it, pt, nl). */
const SAID_TITLE_RE =
  /\b(?:i'm|i’m|i am|je suis|ich bin|soy|sono|sou|ik ben)\s+(?:(?:the|a|an|le|la|l'|der|die|el|il|lo|o|a|de|het)\s+)?([\p{L}][\p{L} -]{2,40}?)(?=[.,;!?]|\s+(?:(?:over|here|down|out|up)\s+)?(?:and|et|und|y|e|en|at|of|for|with|chez|bei|von|de|da|di|van|bij)\s)/iu;

/** "… general manager over at Lakeshore Auto Spa", "… at Hartley and Finch Dental": the company after the said title (en, fr, de, …). */
const COMPANY_AFTER_TITLE_RE =
  /^\s+(?:(?:over|here|down|out|up)\s+)?(?:at|with|for|chez|bei|von|de|da|di|van|bij)\s+(\p{Lu}[\p{L}\d'’&-]*(?:\s+(?:(?:&|and|und|et|y|e)\s+)?\p{Lu}[\p{L}\d'’&-]*){0,4})/u;

/**
 * nl: a caller names themselves with "met" after a greeting or at the start ("Goedemiddag, met Pieter de Groot van
 * Bakkerij De Groot"), the name keeping its lowercase particles (van, de, der, den, ter, ten, het); the company after
 * "van"/"bij" (a "van" that a capitalised word and another "van" follow is still the name's: "Sanne van Dijk van …").
 */
const NL_NAME = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:van|de|der|den|ter|ten|het)\\s+)*\\p{Lu}[\\p{L}'’-]+){0,2}";
const NL_OPENING = '(?:^|[,.!?"“„]\\s*)(?:[Mm]et|(?:[Uu]|[Jj]e) spreekt met)\\s+';
const NL_SPEAKER_RES = [
  new RegExp(
    `${NL_OPENING}${NL_NAME}?)\\s+(?:van|bij)\\s+(\\p{Lu}[\\p{L}\\d'’&-]*(?:\\s+(?:(?:&|en)\\s+)?\\p{Lu}[\\p{L}\\d'’&-]*){0,4})(?!\\s+(?:van|de|der)\\s)(?=[\\s,.!?]|$)`,
    "u",
  ),
  new RegExp(`${NL_OPENING}${NL_NAME})(?=[\\s,.!?]|$)`, "u"),
];

export function readTranscript(body: string): FormFields {
  const flat = body.replace(/\s+/g, " ");
  const m = SPEAKER_RE.exec(flat) ?? NL_SPEAKER_RES[0].exec(flat) ?? NL_SPEAKER_RES[1].exec(flat);
  if (!m) return finnishSpeaker(flat) ?? turkishSpeaker(flat) ?? {};
  // An assistant leaving the message for their boss: the boss is the one to call back.
  const principal = principalInTranscript(flat.slice(m.index));
  if (principal)
    return { name: principal.name, ...(principal.company ? { company: principal.company } : {}) };
  const saidAt = SAID_TITLE_RE.exec(flat);
  const said = saidAt?.[1];
  const title = said && TITLE_WORDS_RE.test(said) && said.split(" ").length <= 5 ? said : undefined;
  const company =
    m[2] ??
    (title && saidAt
      ? COMPANY_AFTER_TITLE_RE.exec(flat.slice(saidAt.index + saidAt[0].length))?.[1]
      : undefined);
  return { name: m[1], ...(company ? { company } : {}), ...(title ? { title } : {}) };
}
