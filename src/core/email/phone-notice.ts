// A phone system's notice (voicemail, missed call, SMS-to-e-mail) known by its subject, whoever the sender is.
import type { FormFields } from "./form";
import { describedInNote } from "./note-contact";
import { leadFromNote } from "./note-named";
import { FORWARD_SUBJECT_RE } from "./people";
import type { ThreadMessage } from "./thread";

/**
 * What a phone system's notice subject says, by language (cloud PBXs, Teams/Webex voicemail, carriers' visual voicemail,
 * SMS-to-e-mail gateways; the sender may be a brand, a switchboard service or the owner's own mailbox):
 * en "New voice message from", "Voicemail from", "Missed call from", "New SMS/text (message) from";
 * de "Neue Sprachnachricht von", "Voicemail von", "Verpasster/Entgangener Anruf von", "Neue SMS von";
 * fr "Message vocal de", "Nouveau message vocal", "Appel manqué de", "Nouveau SMS de";
 * es "Mensaje de voz de", "Llamada perdida de", "Nuevo SMS de";
 * it "Messaggio in segreteria da", "Messaggio vocale da", "Chiamata persa da", "Chiamata senza risposta", "Nuovo SMS da";
 * pt "Mensagem de voz de", "Chamada perdida/não atendida de", "Novo SMS de";
 * nl "Voicemailbericht van", "Gemiste oproep van", "Nieuwe sms van";
 * sv "Röstmeddelande från", "Missat samtal från", "Nytt sms från"; nb/da "Talemelding/Talebesked fra", "Tapt/Ubesvaret
 * anrop/opkald fra"; pl "Wiadomość głosowa od", "Nieodebrane połączenie od", "Nowy SMS od".
 */
const PHONE_NOTICE_SUBJECT_RE = new RegExp(
  [
    /* en */ "(?:new )?voice ?(?:mail|message)s?(?: message)? (?:from|for)",
    "missed (?:phone )?call",
    "new (?:sms|text(?: message)?|mms)(?: message)? from",
    /* de */ "sprachnachricht von",
    "voicemail von",
    "(?:verpasster|entgangener) anruf",
    "neue sms von",
    /* fr */ "message vocal de",
    "nouveau message vocal",
    "appel manqué",
    "nouveau sms de",
    /* es */ "mensaje de voz de",
    "llamada perdida",
    "nuevo sms de",
    /* it */ "messaggio (?:in segreteria|vocale) da",
    "chiamata (?:persa|senza risposta)",
    "nuovo sms da",
    /* pt */ "mensagem de voz de",
    "chamada (?:perdida|não atendida)",
    "novo sms de",
    /* nl */ "voicemail(?:bericht)? van",
    "gemiste oproep",
    "nieuwe sms van",
    /* sv, nb, da */ "röstmeddelande från",
    "missat samtal",
    "nytt sms från",
    "tale(?:melding|besked) fra",
    "(?:tapt|ubesvar(?:t|et)) (?:anrop|opkald)",
    /* pl */ "wiadomość głosowa od",
    "nieodebrane połączenie",
    "nowy sms od",
  ].join("|"),
  "iu",
);

/**
 * A call notice's own field line (a person's mail saying "sorry I missed your call" has none): its length (en
 * "Length", "Duration", de "Dauer", fr "Durée", es "Duración", it "Durata", pt "Duração", nl "Duur", sv "Längd", nb/da
 * "Varighet/Varighed", pl "Czas trwania"), its transcript's heading (en "Transcription", "Transcript", de
 * "Transkription", fr "Transcription", es "Transcripción", it "Trascrizione", pt "Transcrição", nl "Transcriptie", sv
 * "Transkribering"), the caller's field (en "Caller", de "Anrufer", fr "Appelant", es "(Número) llamante", it
 * "Chiamante", pt "Chamador", nl "Beller", sv "Uppringare") or a sender field that is only a number ("From: +61 …").
 */
const CALL_FIELD_RE =
  /^[ \t]*(?:(?:length|duration|dauer|durée|duración|durata|duração|duur|längd|varighet|varighed|czas trwania|transcription|transcript|transkription|transcripción|trascrizione|transcrição|transcriptie|transkribering|caller|anrufer|appelant|(?:número )?llamante|chiamante|chamador|beller|uppringare)(?!\p{L})[^:\n]{0,30}[ \t]*:|(?:from|de|von|da|van|från|fra|od)[ \t]*:[ \t]*\+?[\d(][\d\s().-]{6,}$)/imu;

/**
 * The message is a phone system's own notice (its subject says "voice message from", "missed call", "new SMS from" …,
 * it is no forward or reply of one, and its text has a call notice's field lines): its lead is the caller inside,
 * never the mailbox that sent it (a brand, a switchboard service, the owner's own address).
 */
export function isPhoneNotice(subject: string | undefined, body: string): boolean {
  if (!subject || FORWARD_SUBJECT_RE.test(subject) || /^\s*(?:re|aw|sv|r|rv|antw)\s*:/i.test(subject))
    return false;
  return PHONE_NOTICE_SUBJECT_RE.test(subject) && CALL_FIELD_RE.test(body.slice(0, 3000));
}

/**
 * A phone system's notice that names nobody (a missed call's number) under a note naming the caller ("Es Rosa Pardo,
 * de Estudio Pardo …", "It was Tom Healy from …"): the note's person and their company, at the number the notice gives.
 */
export function callerInNote(form: FormFields, m: ThreadMessage, note: string): FormFields | undefined {
  const named = form.phone && !form.name ? leadFromNote(note, true) : undefined;
  if (!named || !isPhoneNotice(m.subject, m.body)) return undefined;
  const company = named.company ?? describedInNote(note, named.name, "").company;
  return { ...form, name: named.name, ...(company ? { company } : {}) };
}
