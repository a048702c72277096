// The lines that open a quoted or forwarded message: a reply's "… wrote:", a client's banner, a separator line.

/**
 * "wrote:" in the languages of reply attribution lines ("On … Jane <jane@x> wrote:"); hr/bs/sr Gmail "U pon, 30. stu
 * 2026. u 09:14 X <x@…> napisala je:", sl "je napisal(a):", pl Thunderbird "W dniu … pisze:"; nl Apple Mail (macOS, iOS)
 * "Op 9 feb 2026 om 10:12 heeft X <x@…> het volgende geschreven:"; el Gmail "Στις Τετ 2 Δεκ 2026 … X <x@…> έγραψε:".
 */
export const WROTE_RE =
  /(?:wrote|writes|a écrit|schrieb|escribió|ha scritto|escreveu|schreef|skrev|kirjoitti|napisał\(a\)|napisał|(?:napisala|napisao) je|je napisal(?:\(a\)|a)?|napisala|napisao|napsal\(a\)|napsal|pisze|napisała|írta|yazdı|a scris|napísal|написал\(а\)|написал|написала|написав|kirjutas|έγραψε|wrote on|het volgende geschreven)\s*:?\s*$/i;

/** The line Apple Mail (macOS, iOS) and MailMate put above a forwarded message's header, by language. */
const FORWARD_BANNERS = [
  "Begin forwarded message", // Apple Mail: en
  "Anfang der weitergeleiteten Nachricht", // Apple Mail: de
  "Début du message réexpédié", // Apple Mail: fr
  "Début du message transféré", // Apple Mail iOS: fr
  "Inicio del mensaje reenviado", // Apple Mail: es
  "Inizio messaggio inoltrato", // Apple Mail: it
  "Begin doorgestuurd bericht", // Apple Mail: nl
  "Início da mensagem reencaminhada", // Apple Mail: pt
  "Início da mensagem encaminhada", // Apple Mail: pt-BR
  "Start på videresendt besked", // Apple Mail: da
  "Videresendt melding", // Apple Mail: no
  "Vidarebefordrat mejl", // Apple Mail: sv
  "Välitetty viesti alkaa", // Apple Mail: fi
  "Začátek přeposílané zprávy", // Apple Mail: cs
  "Začiatok preposlanej správy", // Apple Mail: sk
  "Początek przekazywanej wiadomości", // Apple Mail: pl
  "Započni proslijeđenu poruku", // Apple Mail: hr
  "Továbbított levél kezdete", // Apple Mail: hu
  "Începe mesajul redirecționat", // Apple Mail: ro
  "Начало переадресованного сообщения", // Apple Mail: ru
  "Початок листа, що пересилається", // Apple Mail: uk
  "İleti başlangıcı", // Apple Mail: tr
  "転送されたメッセージ", // Apple Mail (macOS, iOS): ja
  "Forwarded message", // MailMate: en
];

/** Separator lines clients put before a forwarded or quoted message: dashed or ruled lines, and the banners above. */
export const SEPARATOR_RE = new RegExp(
  // Orange webmail fr heads a quoted message with "Message du 13/11/26 19:47".
  String.raw`^\s*(?:-{2,}\s*[^-]{3,60}?\s*-{2,}|_{10,}|(?:${FORWARD_BANNERS.join("|")})\s?:|Message du [\d/.]{6,10}(?: \d{1,2}:\d{2})?)\s*$`,
  "iu",
);
