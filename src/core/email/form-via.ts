// A web form's relay shown as "Name via <Form>": the form tool sends the visitor's fields, it is no list member's post.
import { readFormFields } from "./form";

/**
 * The form's word as it ends the display after "via", by language: en "Contact Form", "Typeform", "Google Forms";
 * de "Kontaktformular"; fr "Formulaire"; es "Formulario"; pt "Formulário"; it "Modulo"; nl "Contactformulier";
 * sv "Kontaktformulär"; nb "Kontaktskjema"; da "Kontaktformular", "Skema"; fi "Yhteydenottolomake"; pl "Formularz".
 * "Platform" is a relay's word, not a form's.
 */
const FORM_WORD_RE =
  /(?<!plat)(?:forms?|formular|formulaire|formulario|formulário|modulo|formulier|formulär|skjema|skema|lomake|formularz)$/i;

/** True when `display` is "X via <a form>" and `body` is that form's labelled fields (a name or an address). */
export function isFormRelay(display: string, body: string): boolean {
  const via = /\s+via\s+(.+)$/i.exec(display);
  if (!via || !via[1].split(/[\s'"]+/).some((w) => FORM_WORD_RE.test(w))) return false;
  const fields = readFormFields(body.slice(0, 4096));
  return !!(fields.name || fields.email);
}
