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
