// Word tables for system senders: site forms, no-reply addresses, bulk-mail footers, notice names.

/**
 * A site's form named in a sender or subject, by language (one table for names, subjects and mailboxes): en "contact
 * form", fr "formulaire", de "Kontaktformular", es "formulario", it "modulo di contatto", nl "contactformulier",
 * pl "formularz(a)" (any case ending), cs/sk "formulář/formulár", sv "formulär", nb/da "kontaktskjema".
 */
export const FORM_WORDS =
  "contact ?form|formulaire|kontaktformular|formulario|modulo di contatto|contactformulier|formularz[a-z]*|formul[aá][rř]|formulär|kontaktskjema";

/** System senders by address: never a person to follow up. */
// A prefix names the kind of notice: "messages-noreply", "notifications-noreply", "invitations-noreply" (networks), "sms-notify" (SMS-to-e-mail gateways).
// A list's own administrative addresses (Mailman, LISTSERV, Sympa): "x-request@", "x-owner@", "x-bounces@".
// "No reply" in the mailbox's language: fr "ne-pas-repondre", de "nicht-antworten"/"keine-antwort", es "no-responder"/
// "no-contestar", it "non-rispondere", nl "niet-beantwoorden"/"geen-antwoord", pt "nao-responda", pl "nie-odpowiadaj",
// Answering services mail the messages they take from "messages@", "phone-messages@" (it "messaggi@", es "mensajes@",
// pt "mensagens@", de "nachrichten@", nl "berichten@", sv "meddelanden@"); marketplaces their quote requests from
// "requests@", "quote-requests@" (pl "zapytania@", de "anfragen@", "auftraege@" (jobs), fr "demandes@", it "richieste@", nl "aanvragen@", es
// "solicitudes@", cs "poptavky@"); review sites their new reviews from "reviews@".
// sv "svara-inte"/"ej-svar"; "notifications" likewise (nl notificaties, es notificaciones, it notifiche, pt notificacoes,
// de Benachrichtigung(en), pl powiadomienia). Live-chat widgets mail their transcripts from "transcripts@", "livechat@"
// (fr "transcriptions@", es "transcripciones@", pt "transcricoes@", it "trascrizioni@", de "transkripte@").
// A platform's relay for one conversation: "reply-8f3a2c9e1b@relay.…", "reply+88213047@…", "msg-5x7k2q9@…" (a
// token with digits after the relay's word; Thumbtack, Houzz, Bark, Airbnb, marketplaces).
export const SYSTEM_LOCAL_RE =
  /^(?:reply|relay|msg|message|conv|conversation|thread)[+._-]?(?=[a-z0-9-]*\d)[a-z0-9-]{6,}$|^[a-z0-9._]+-(?:request|owner|bounces?)(?:\+.*)?$|^(?:[a-z]+[._-])*(?:no-?reply|do-?not-?reply|donotreply|mailrobot|notifications?|notify|alerts?|ne-?pas-?r[eé]pondre|nepasrepondre|nicht-?antworten|keine-?antwort|no-?responder|noresponder|no-?contestar|non-?rispondere|nonrispondere|niet-?beantwoorden|geen-?antwoord|nao-?responda|naoresponda|nie-?odpowiadaj|svara-?inte|ej-?svar)(?:[+._-].*)?$|^(?:leads?|news|newsletters?|nieuws|nieuwsbrief|noticias|notizie|infolettre|actualites|digest|mailings?|bulletin|notifications?|notificaties|notificaciones|notifiche|notificacoes|benachrichtigung(?:en)?|powiadomienia|notify|alerts?|mailer-daemon|postmaster|bounces?|voicemail|voice|buzon|fax|messages|messaggi|mensajes|mensagens|nachrichten|berichten|meddelanden|phone-?messages|forms?|webforms?|web-?form|contact-?form|formularz|wordpress|website|web|calendar|events?|invitations?|marketplace|requests?|quote-?requests?|zapytania|anfragen|auftr(?:ae|ä)ge|demandes|richieste|aanvragen|solicitudes|poptavky|reviews?|reservations?|bookings?|reserveringen|reservas|reservierungen|auto-?confirm|automated|system|daemon|transcripts?|chat-?transcripts?|livechat|transcriptions?|transcripciones|transcricoes|transcricao|trascrizioni|transkripte?)(?:[+._-].*)?$/i;

/**
 * The footer of bulk mail (newsletters, mailings): an unsubscribe link AND a bulk-mail phrase, by language.
 * A person's own message, even one sent through a mailing tool, rarely has both.
 */
export const BULK_FOOTER: [unsubscribe: RegExp, phrase: RegExp][] = [
  [
    // en
    /\bunsubscribe\b/i,
    /\b(?:you(?:'re| are) receiving this|you received this (?:e-?mail|message) because|manage (?:your )?(?:e-?mail )?preferences|update your (?:e-?mail )?preferences|view (?:it |this e-?mail )?in (?:your )?browser|e-?mail preferences)\b/i,
  ],
  [
    // fr
    /(?:se désinscrire|désabonner|désinscription|désabonnement)/i,
    /(?:vous recevez ce(?:t e-?mail| message| courriel)|gérer (?:vos|mes) préférences|version en ligne)/i,
  ],
  [
    // de
    /(?:abmelden|abbestellen)/i,
    /(?:sie erhalten diese (?:e-?mail|nachricht)|im browser (?:ansehen|anzeigen)|einstellungen verwalten)/i,
  ],
  // nl, it, pt in one pass.
  [
    // nl, it, pt
    /(?:afmelden|uitschrijven|disiscriviti|annulla (?:l['’])?iscrizione|cancellati|cancelar (?:a )?inscrição|descadastrar|anular (?:a )?subscrição)/i,
    /(?:(?:je|u) ontvangt deze (?:e-?mail|nieuwsbrief)|bekijk (?:deze e-?mail )?in (?:je|uw) browser|voorkeuren (?:beheren|aanpassen|wijzigen)|ricevi questa (?:e-?mail|newsletter)|hai ricevuto questa|visualizza nel browser|gestisci (?:le )?preferenze|(?:você )?está recebendo este|recebeu este (?:e-?mail|email)|ver no navegador|ger(?:ir|enciar) (?:as )?preferências)/i,
  ],
  [
    // es
    /(?:darse de baja|darte de baja|cancelar (?:la )?suscripción)/i,
    /(?:recibes este (?:correo|mensaje)|has recibido este|ver en (?:el )?navegador|gestionar (?:tus )?preferencias)/i,
  ],
];

/**
 * System senders by display name ("Andrade Print Website", "Voicemail", sv "Röstbrevlådan", de "Anrufbeantworter",
 * es "Buzón de voz", "Eventbrite"), and helpdesks' ticket
 * notices ("Acme Support", "IT Helpdesk": Zendesk, Freshdesk, Help Scout), whose requester is in the body. A phone
 * service's voicemail sender is often "<Service> Mailbox" in the UI's language: en "Mailbox", es "Buzón", fr "Boîte
 * vocale", it "Casella vocale", pt "Caixa postal", nl "Antwoordapparaat"/"Voicemailbox", pl "Poczta głosowa",
 * fi "Vastaaja", "Vastaajapalvelu", "Puheposti" (an operator's voicemail service).
 */
export const SYSTEM_NAME_RE = new RegExp(
  `(?<![\\p{L}])(?:website|web ?site|web ?form|${FORM_WORDS}|voicemail|voice mail|messagerie vocale|mailbox|röstbrevlådan?|röstmeddelande|telefonsvarer|talepostkasse|anrufbeantworter|sprachnachricht|buzón(?: de voz)?|boîte vocale|casella vocale|caixa postal|antwoordapparaat|voicemailbox|poczta głosowa|segreteria telefonica|vastaaja(?:palvelu|viestit?)?|puheposti(?:laatikko)?|correio de voz|no-?reply|notification|marketplace|eventbrite|meetup|calendly|typeform|wufoo|jotform|hubspot|support|help ?desk|service ?desk|zendesk|freshdesk|via .+)(?![\\p{L}])`,
  "iu",
);
