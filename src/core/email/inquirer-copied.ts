// A colleague answering for the one who made the inquiry, who is copied: the inquirer is the lead (any client).
import { domainOf, isFreeMailDomain, type Address } from "../contact/email";
import { isSystemSender, type OwnerSide } from "./people";
import type { ThreadMessage } from "./thread";

/**
 * A shared role mailbox's local part, by language: en info/office/admin/accounts/reception/secretary/assistant, de
 * sekretariat/buero/verwaltung, fr secretariat/accueil, es/pt secretaria/recepcion/administracion, it segreteria/
 * amministrazione, nl secretariaat/receptie, el grammateia (γραμματεία), da/sv/nb kontor/sekretariat.
 */
const ROLE_LOCAL_RE =
  /^(?:info|office|admin|accounts|reception|secretary|assistant|sekretariat|buero|buro|verwaltung|secretariat|accueil|secretaria|recepcion|administracion|segreteria|amministrazione|secretariaat|receptie|grammateia|kontor|kontoret)(?:[._-].*)?$/i;

/**
 * The newest outside message of a thread comes from a shared role mailbox (a secretariat, a front desk) of the
 * company whose person wrote the first inquiry from their own address (same domain, not a free mailbox), and that
 * person is copied on it: the secretariat answering for them ("Mrs X asked me to reply", any language and client).
 * The inquirer's earliest message in `deeper` (newest first), whose signature says who they are; else undefined.
 */
export function inquirerCopied(
  m: ThreadMessage,
  deeper: ThreadMessage[],
  side: OwnerSide,
): ThreadMessage | undefined {
  const writer = m.from?.email ?? "";
  const company = writer ? domainOf(writer) : "";
  if (!company || isFreeMailDomain(company) || !ROLE_LOCAL_RE.test(writer.slice(0, writer.indexOf("@"))))
    return undefined;
  const copied = new Set([...m.to, ...m.cc].map((a: Address) => a.email));
  for (let j = deeper.length - 1; j >= 0; j--) {
    const d = deeper[j];
    const from = d.from;
    if (!from?.email || side.has(from) || isSystemSender(from)) continue;
    // The earliest outside writer is the inquirer: theirs only when a colleague of the newest writer, copied.
    const own = !ROLE_LOCAL_RE.test(from.email.slice(0, from.email.indexOf("@")));
    return own && domainOf(from.email) === company && copied.has(from.email) ? d : undefined;
  }
  return undefined;
}
