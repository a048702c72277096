// E-mail addresses: find them in text, parse "Name <addr>" lists, tell generic and free mailboxes apart.

const EMAIL_RE = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

export interface Address {
  name: string;
  email: string;
}

/** Every address in free text, lower-cased, in order, without repeats. */
export function findEmails(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.match(EMAIL_RE) ?? []) seen.add(m.replace(/^[.'-]+|[.'-]+$/g, "").toLowerCase());
  return [...seen];
}

/** Parses an address header ("Doe, Jane" <jane@x.example>, bob@y.example) into name/email pairs. */
export function parseAddressList(header: string): Address[] {
  const out: Address[] = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|([^",<>]*?))\s*<([^<>]+)>|([^\s,<>"]+@[^\s,<>"]+)/g;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = re.exec(header))) {
    const email = (m[3] ?? m[4] ?? "").trim().replace(/^mailto:/i, "");
    if (!/@/.test(email)) continue;
    let name = (m[1] ?? m[2] ?? "").replace(/\\(.)/g, "$1").trim();
    // Unquoted "Patel, Ravi <ravi@…>" (old Outlook headers, quoted From lines): the comma is inside the name.
    if (m[2] !== undefined) {
      const written = header
        .slice(prevEnd, m.index + m[0].indexOf("<"))
        .replace(/^[\s,;]+/, "")
        .trim();
      if (/^[^,;@<>"]+,\s*[^,;@<>"]+$/.test(written)) name = written;
    }
    prevEnd = re.lastIndex;
    // Outlook separates with ";": "Marcus Lee <…>; Rosa Delgado <…>" leaves no "; " on Rosa's name.
    out.push({ name: name.replace(/^[\s;']+|[\s;']+$/g, "").trim(), email: email.toLowerCase() });
  }
  return out;
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

/** The part of an address before "@" (as written). */
export function localPart(email: string): string {
  return email.slice(0, email.indexOf("@"));
}

/**
 * Shared mailboxes: a desk's or a department's, not a person's. en, then by language the purchasing, sales, order,
 * accounts and office desks (de Einkauf/Vertrieb, da Indkøb/Salg, nb Innkjøp, sv Inköp, nl Inkoop, fr Achats/Ventes,
 * es Compras/Ventas, it Acquisti/Vendite, pl Zakupy, da/nb "post@").
 */
const GENERIC_LOCAL = new RegExp(
  "^(?:" +
    [
      "info|contact|hello|office|admin|sales|support|team|mail|enquiries|inquiries|reception|bonjour|kontakt|contacto|noreply|no-reply|service",
      "purchasing|procurement|orders?|billing|accounts|accounting|invoices?|bookings?|reservations?|events?",
      // a venue's booking desk: es/pt reservas, de Reservierungen, nl reserveringen, it prenotazioni
      "reservas|reservierungen|reserveringen|prenotazioni",
      "einkauf|verkauf|vertrieb|buchhaltung|bestellung(?:en)?|indkob|indkoeb|innkjop|innkjoep|inkop|inkoep|inkoop|verkoop|salg|forsaljning",
      "achats|ventes|compras|ventas|acquisti|vendite|ufficio|zakupy|sprzedaz|nakup|obchod|post|kundeservice|kundenservice",
      // fr accueil (a town hall's or firm's front desk), secretariat; de Empfang, Sekretariat; it segreteria; es recepción
      "accueil|secretariat|sekretariat|empfang|segreteria|recepcion",
      // pt geral (the general mailbox), comercial, atendimento; es/it/pt informacion/informazioni/informacoes,
      // administracion/amministrazione/administracao; nl/de/fr/sv/da/nb "kantoor", "buero", "bureau", "kontor"
      "geral|comercial|atendimento|informacion|informazioni|informacoes|administracion|amministrazione|administracao|kantoor|buero|bureau|kontor",
      // cs/sk kancelar (kancelář, the office), pl biuro, fi toimisto, sv kansli, hu iroda
      "kancelar|biuro|toimisto|kansli|iroda",
      // the accounts desk: en finance, payroll; de Rechnungswesen, Finanzbuchhaltung; fr compta(bilité), facturation; es
      // contabilidad, facturación; it contabilità; pt contabilidade, financeiro; nl boekhouding; sv bokföring, ekonomi;
      // da bogholderi, økonomi; nb regnskap; pl księgowość; cs účtárna; hu könyvelés; ro contabilitate
      "finance|payroll|rechnungswesen|finanzbuchhaltung|lohnbuchhaltung|compta|comptabilite|facturation|contabilidad|facturacion|contabilita|contabilidade|financeiro|boekhouding|bokforing|ekonomi|bogholderi|okonomi|oekonomi|regnskap|ksiegowosc|uctarna|konyveles|contabilitate",
    ].join("|") +
    ")$",
  "i",
);

/** info@, contact@, sales@ …: a mailbox, not a person. */
export function isGenericMailbox(email: string): boolean {
  return GENERIC_LOCAL.test(localPart(email));
}

const FREE_DOMAINS = new Set(
  "gmail.com googlemail.com yahoo.com yahoo.ca yahoo.co.uk yahoo.fr yahoo.de hotmail.com hotmail.fr hotmail.de outlook.com outlook.fr live.com msn.com icloud.com me.com mac.com aol.com gmx.de gmx.net gmx.com web.de protonmail.com proton.me mail.com yandex.ru mail.ru orange.fr free.fr laposte.net t-online.de libero.it wanadoo.fr sympatico.ca rogers.com shaw.ca videotron.ca bell.net comcast.net verizon.net att.net".split(
    " ",
  ),
);

/**
 * Free mailbox brands that serve many country domains (yahoo.es, hotmail.co.uk, outlook.de, gmx.at, live.fr …):
 * the brand is the domain's first label, followed only by a country or generic ending.
 */
const FREE_BRAND_RE =
  /^(?:gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|icloud|aol|gmx|protonmail|yandex)\.(?:[a-z]{2,3}(?:\.[a-z]{2})?|example(?:\.[a-z]{2,3})?)$/;

/** Brands of the single-country providers above (orange.fr, free.fr, web.de …) as their names before the ending. */
const FREE_NAMES = new Set([...FREE_DOMAINS].map((d) => d.slice(0, d.lastIndexOf("."))));

/** A free mailbox provider: its domain says nothing about the person's company. */
export function isFreeMailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  // A documentation domain standing for one of them ("orange.example" for Orange fr's orange.fr) is one too.
  const example = d.endsWith(".example") && FREE_NAMES.has(d.slice(0, -".example".length));
  return FREE_DOMAINS.has(d) || FREE_BRAND_RE.test(d) || example;
}
