// The lead announcing a new address of their own in their newest text ("please use my new address … from now on").
import { findEmails } from "../contact/email";
import type { OwnerSide } from "./people";
import type { ThreadMessage } from "./thread";

/**
 * Words that announce an address change, by language (any client): en "new address/e-mail", "from now on", "has
 * changed to"; de "neue (E-Mail-)Adresse", "ab sofort", "künftig"; fr "nouvelle adresse", "nouveau courriel",
 * "désormais", "dorénavant"; es "nueva dirección", "nuevo correo", "a partir de ahora"; it "nuovo indirizzo", "nuova
 * mail", "d'ora in poi"; pt "novo e-mail/endereço", "a partir de agora"; nl "nieuw (e-mail)adres", "voortaan"; sv "ny
 * (e-post)adress", "fortsättningsvis"; pl "nowy adres", "od teraz"; ru "новый адрес", "теперь"; ja "新しいメールアドレス",
 * "今後は"; zh "新邮箱", "今后"; ko "새 메일 주소", "앞으로는".
 */
const NEW_ADDRESS_RE =
  /(?<![\p{L}])(?:new (?:e-?mail|address|mailbox|contact e-?mail)|from now on|(?:has|have) changed to|going forward|neue[nr]? (?:e-?mail|adresse|e-?mail-adresse|mailadresse)|ab sofort|künftig|nouvel(?:le)? (?:adresse|e-?mail|courriel)|nouveau (?:courriel|mail|e-?mail)|désormais|dorénavant|nuev[oa] (?:dirección|correo|e-?mail|email)|a partir de ahora|de ahora en adelante|nuov[oa] (?:indirizzo|e-?mail|mail|casella)|d['’]ora in poi|da ora in poi|nov[oa] (?:e-?mail|endereço|correio)|a partir de agora|nieuwe? (?:e-?mailadres|adres|mailadres)|voortaan|vanaf nu|nya? (?:e-?post(?:adress)?|adress|mejladress)|fortsättningsvis|från och med nu|now(?:y|ego) (?:adres|e-?mail|mail)|od teraz|нов(?:ый|ого|ая|ую) (?:адрес|почт[аыу]|e-?mail)|теперь)(?![\p{L}])|新しい(?:メール)?アドレス|今後は|新(?:的)?邮箱|新(?:的)?邮件地址|今后|새 (?:메일|이메일) ?주소|앞으로는/iu;

const plain = (t: string) =>
  t
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/**
 * The address the writer of `message`, the lead (`name`, now at `current`), gives as their new one in their own text:
 * one written in a sentence with change wording, that is theirs (its local part spells their given name or surname,
 * or is their current one's: "karen@old…" to "karen@new…"), not anyone else's in the thread's headers nor the owner's
 * side's. A shared desk the text sends mail to ("from now on, invoices to accounts@…") is no new address of theirs.
 */
export function movedAddress(
  message: ThreadMessage,
  name: string,
  current: string,
  messages: ThreadMessage[],
  side: OwnerSide,
): string | undefined {
  const taken = new Set(messages.flatMap((m) => [m.from, ...m.to, ...m.cc]).map((a) => a?.email));
  const local = (e: string) => e.slice(0, e.indexOf("@"));
  const words = plain(name)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 3);
  const theirs = (e: string) => local(e) === local(current) || words.some((w) => plain(local(e)).includes(w));
  const text = message.body.slice(0, 3000);
  for (const sentence of text.split(/(?<=[.!?。])\s+|\n/)) {
    if (!sentence.includes("@") || !NEW_ADDRESS_RE.test(sentence)) continue;
    const fresh = findEmails(sentence).find(
      (e) => e !== current && !taken.has(e) && !side.has({ name: "", email: e }) && theirs(e),
    );
    if (fresh) return fresh;
  }
  return undefined;
}
