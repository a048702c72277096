// One the inquirer brought in answering, the inquirer copied: the inquirer is the lead (any client).
import { domainOf, isFreeMailDomain, type Address } from "../contact/email";
import { HANDOVER_RE, HANDS_OVER_RE } from "./cues";
import { DECISION_MAKER_RES } from "./decision-words";
import { isSystemSender, type OwnerSide } from "./people";
import { isIntroduction } from "./intro";
import { REPLY_SUBJECT_RE } from "./reply";
import type { ThreadMessage } from "./thread";

/**
 * A shared role mailbox's local part, by language: en info/office/admin/accounts/reception/secretary/assistant, de
 * sekretariat/buero/verwaltung, fr secretariat/accueil, es/pt secretaria/recepcion/administracion, it segreteria/
 * amministrazione, nl secretariaat/receptie, el grammateia (γραμματεία), da/sv/nb kontor/sekretariat.
 */
const ROLE_LOCAL_RE =
  /^(?:info|office|admin|accounts|reception|secretary|assistant|sekretariat|buero|buro|verwaltung|secretariat|accueil|secretaria|recepcion|administracion|segreteria|amministrazione|secretariaat|receptie|grammateia|kontor|kontoret)(?:[._-].*)?$/i;

/**
 * The newest outside message of a thread comes from someone the inquirer brought in, and the inquirer (the earliest
 * outside writer, from their own address) is copied on it: the inquirer stays the lead (any language and client).
 * Brought in: a shared role mailbox of the inquirer's company (a secretariat answering for them), or one of another
 * company whom the inquirer copied on their own message (a supplier's rep asked to confirm lead times). A newest text
 * that hands the matter over ("will take it from here", "your new contact is …") keeps its writer. The inquirer's earliest message in `deeper` (newest first), whose
 * signature says who they are; else undefined.
 */
export function inquirerCopied(
  m: ThreadMessage,
  deeper: ThreadMessage[],
  side: OwnerSide,
): ThreadMessage | undefined {
  const writer = m.from?.email ?? "";
  if (!writer) return undefined;
  const company = domainOf(writer);
  const ownCompany = !!company && !isFreeMailDomain(company);
  const copied = new Set([...m.to, ...m.cc].map((a: Address) => a.email));
  const outside = deeper.filter((d) => d.from?.email && !side.has(d.from) && !isSystemSender(d.from));
  const first = outside[outside.length - 1];
  const from = first?.from;
  if (!from?.email || from.email === writer || !copied.has(from.email)) return undefined;
  // The earliest outside writer is the inquirer: theirs only when a colleague of the newest writer, copied.
  if (ROLE_LOCAL_RE.test(localPart(from.email))) return undefined;
  const role = ownCompany && ROLE_LOCAL_RE.test(localPart(writer));
  if (role) return domainOf(from.email) === company ? first : undefined;
  // A colleague of theirs writing later may take it over ("Ik ben de contactpersoon vanaf nu"): theirs stays theirs.
  // Copied by the inquirer once the owner's side had answered them (an introducer copies the one introduced on the
  // thread's first message).
  const at = (d: ThreadMessage) => deeper.indexOf(d);
  const answered = (d: ThreadMessage) => deeper.slice(at(d) + 1).some((x) => side.has(x.from));
  const invited = outside.some(
    (d) => d.from?.email === from.email && d.cc.some((a) => a.email === writer) && answered(d),
  );
  if (!invited || domainOf(from.email) === company) return undefined;
  const own = m.body.slice(0, 3000);
  return HANDS_OVER_RE.test(own) || HANDOVER_RE.test(own) ? undefined : first;
}

const localPart = (email: string) => email.slice(0, email.indexOf("@"));

/**
 * The writer of `m` is the inquirer answering the owner's side in a conversation their side started: the deepest
 * message of the thread is their own, or the owner's side's reply ("Re: …") to them, and the owner's side answered. Copying someone in then ("I am
 * copying my son Rohan", "I've cc'd Ted, who did our books") brings in help, not a new lead, unless the text hands the
 * matter over or says the one copied decides (any language the cue tables serve).
 */
export function inquirerKeepsIt(
  m: ThreadMessage,
  own: string,
  deeper: ThreadMessage[],
  side: OwnerSide,
): boolean {
  const writer = m.from?.email;
  const start = deeper[deeper.length - 1];
  if (!writer || !start?.from?.email || side.has(m.from)) return false;
  const started =
    start.from.email === writer ||
    (side.has(start.from) &&
      REPLY_SUBJECT_RE.test(start.subject) &&
      (!start.to.length || start.to.some((a) => a.email === writer)));
  // The owner's side has answered them in it: a double opt-in ("would you like an intro?" then "meet Chloe") has not.
  if (!started || !deeper.some((d) => side.has(d.from))) return false;
  const text = own.slice(0, 3000);
  // Only copy wording: an introduction's own words ("let me introduce …", "meet …") introduce.
  if (
    !COPY_WORDING_RE.test(text) ||
    isIntroduction(text.replace(new RegExp(COPY_WORDING_RE.source, "giu"), " "))
  )
    return false;
  return ![HANDS_OVER_RE, HANDOVER_RE, ...DECISION_MAKER_RES].some((re) => re.test(text));
}

/**
 * Saying that someone is copied, by language: en "I've cc'd", "I am copying", "cc'ing", "looping in", "adding"; fr "je
 * mets en copie", "en cc"; es "pongo en copia"; it "metto in copia"; de "in Kopie gesetzt"; pt "coloquei em cópia";
 * nl "in de cc gezet".
 */
const COPY_WORDING_RE =
  /(?<![\p{L}])(?:(?:i['’]ve|i have|i['’]m|i am)\s+(?:also\s+)?(?:copied|cc['’]?d|cc['’]?ing|copying|added|adding|included|including)|cc['’]?ing|copying in|looping in|(?:je (?:te |vous )?)?mets en (?:copie|cc)|(?:te |os |le |les )?pongo en copia|he puesto en copia|(?:ti |vi )?metto in copia|in (?:kopie|cc) (?:gesetzt|genommen)|coloquei em cópia|in de cc gezet)(?![\p{L}])/iu;
