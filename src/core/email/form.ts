// A contact-form or notification e-mail: the person is in the form fields ("Name: …", "Email: …").
import { findEmails } from "../contact/email";
import { FORM_FIELDS } from "./cues";

export type FormFields = Partial<Record<(typeof FORM_FIELDS)[number]["field"], string>>;

/** "Label: value" lines of a form submission, by field; empty values are left out. */
export function readFormFields(body: string): FormFields {
  const out: FormFields = {};
  for (const line of body.split(/\r?\n/)) {
    const m = /^\s*[*•-]?\s*([^:：]{2,40}?)\s*[:：]\s*(.*)$/.exec(line);
    if (!m) continue;
    const label = m[1].replace(/\*/g, "").trim();
    const value = m[2].replace(/^\*+|\*+$/g, "").trim();
    const row = FORM_FIELDS.find((f) => f.re.test(label));
    if (!row || !value || out[row.field] !== undefined) continue;
    out[row.field] = row.field === "email" ? (findEmails(value)[0] ?? undefined) : value;
  }
  if (!out.name && out.first) out.name = [out.first, out.last].filter(Boolean).join(" ");
  return out;
}

/** "this is Mark Rivera from Rivera Auto Body … call me back at …": who speaks in a voicemail transcript. */
const SPEAKER_RE =
  /(?:this is|my name is|it's|c'est|je m'appelle|ici|hier ist|mein name ist|hier spricht|soy|me llamo|habla|sono|mi chiamo|aqui é|meu nome é|dit is|mijn naam is)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:\s+(?:from|at|with|of|de|chez|von|bei|da|di|van|bij)\s+(\p{Lu}[\p{L}\d'’&-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\d'’&-]*){0,4}))?/u;

export function readTranscript(body: string): FormFields {
  const m = SPEAKER_RE.exec(body.replace(/\s+/g, " "));
  if (!m) return {};
  return { name: m[1], ...(m[2] ? { company: m[2] } : {}) };
}
