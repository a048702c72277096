// How form tools write a field: a question on its own line ("What's your name?" / answer below), an empty answer.

type QuestionField = "name" | "email" | "phone" | "company";

/**
 * Conversational form tools (Typeform, Tally, Google Forms, Jotform Cards, Paperform) print each question as written,
 * its answer on the next line. The field by what the question asks for, in the languages such forms are written in;
 * the first row that matches wins (an e-mail question may say "name" too: "your email, please").
 */
const QUESTIONS: { field: QuestionField; re: RegExp }[] = [
  // en "And your email?", fr "Votre adresse courriel ?", de "Ihre E-Mail-Adresse?", es "¿Tu correo?", pt/it/nl
  // "e-mail", sv/nb/da "e-post".
  { field: "email", re: /(?<![\p{L}])(?:e-?mail|courriel|correo|e-?post)/iu },
  // en "What's the best number to reach you on?", "Your phone number?", "mobile", "cell"; fr "téléphone", "numéro";
  // de "Telefonnummer", "Handy", "Nummer"; es "teléfono", "móvil", "número"; pt "telefone", "celular", "WhatsApp"; it
  // "telefono", "cellulare"; nl "telefoonnummer", "mobiel"; sv/nb/da "telefon", "mobil".
  {
    field: "phone",
    re: /(?<![\p{L}])(?:phone|mobile|cell|best number|number (?:to|we can|on which)|téléphone|numéro|telefon\p{L}*|handy\p{L}*|nummer|teléfono|móvil|número|telefone|celular|whatsapp|telefono|cellulare|numero|mobiel|mobil)(?![\p{L}])/iu,
  },
  // en "company", "business"; fr "entreprise", "société"; de "Firma", "Unternehmen"; es/pt "empresa"; it "azienda";
  // nl "bedrijf"; sv "företag"; nb/da "firma", "bedrift".
  {
    field: "company",
    re: /(?<![\p{L}])(?:company|business name|entreprise|société|firma|unternehmen|empresa|azienda|bedrijf|företag|bedrift)(?![\p{L}])/iu,
  },
  // en "What's your name?", "full name", "Who are we speaking to?"; fr "votre nom", "vous appelez-vous"; de "Ihr
  // Name", "heißen Sie"; es "tu/su nombre", "cómo te llamas"; pt "seu nome", "como se chama"; it "tuo/suo nome", "come
  // ti chiami"; nl "je/uw naam"; sv "ditt namn", "vad heter du"; nb/da "ditt/dit navn", "hva heter du".
  {
    field: "name",
    re: /(?<![\p{L}])(?:your (?:full |first )?name|full name|who (?:are|am) (?:we|i) (?:speaking|talking) (?:to|with)|votre nom|vous appelez|ihr (?:vollständiger )?name|dein name|heißen sie|heißt du|(?:tu|su) nombre|te llamas|se llama|(?:seu|teu) nome|se chama|(?:tuo|suo) nome|ti chiami|si chiama|(?:je|uw) naam|ditt namn|heter du|dit navn|ditt navn)(?![\p{L}])/iu,
  },
];

/** The field a question line asks for: a line of up to 80 characters ending in "?" (or "？"); else undefined. */
export function questionField(line: string): QuestionField | undefined {
  const text = line.trim();
  if (text.length > 80 || !/[?？]$/u.test(text)) return undefined;
  return QUESTIONS.find((q) => q.re.test(text))?.field;
}

/**
 * An answer that says there is none, as answering services and form tools fill a field: a bracketed aside alone
 * ("(private)", "(not given)", "(none)"), en "n/a", "none", "withheld"; de "keine Angabe", "k. A."; fr "non renseigné";
 * es "no indicado"; a dash.
 */
const EMPTY_ANSWER_RE =
  /^(?:\([^()]*\)|n\/?a|none|withheld|not (?:given|provided|stated)|keine angabe|k\. ?a\.|non renseigné|no indicado|[-–—]+)$/i;

/**
 * A verification badge where a name would be (quote marketplaces hiding the contact until paid: "Contact: Verified
 * phone ✓ Verified email ✓"): a check mark, or "Verified" first (en, de, fr, es, pt, it, nl, sv, pl, cs).
 */
const VERIFIED_RE =
  /[✓✔☑]|^(?:verified|verifiziert|bestätigt|vérifiée?|verificad[oa]|verificat[oa]|geverifieerd|verifierad|zweryfikowan[ya]|ověřen[oa]?)(?![\p{L}])/iu;

/**
 * An answer that gives nothing for `field`: none said, a name field holding only a number (a caller ID) or a badge, a
 * phone field without a digit ("Telefon Oblak - virtualna centrala", a telephony brand's footer read as a row).
 */
export function isNoAnswer(field: string, value: string): boolean {
  if (EMPTY_ANSWER_RE.test(value)) return true;
  if (field === "phone" && !/\d/.test(value)) return true;
  return field === "name" && (!/\p{L}/u.test(value) || VERIFIED_RE.test(value));
}
