// A network's notification of a member's message ("Joaquim sent you a new message"): the member who wrote it.
import { findEmails } from "../contact/email";
import { normalizeName } from "../contact/name";
import type { FormFields } from "./form";
import { describedInIntro } from "./described";
import { escape } from "./forward-labels";
import { splitTitleCompany } from "./line-kinds";

/**
 * Wordings of "X sent you a message" / "X wants a quote" in the subject or the opening lines, by language, as
 * professional networks, marketplaces and booking sites write them; the name is group 1.
 */
const SENT_YOU_RES: RegExp[] = [
  /* en */ /^(.+?)\s+(?:has\s+|just\s+)?(?:sent you|messaged you|replied to you|wrote to you)\b(?:\s+(?:a|an)\s+(?:new\s+|private\s+)?(?:message|inmail|note))?/i,
  /* en */ /\b(?:new (?:private )?message|inmail|a message) from\s+(.+?)$/i,
  // Marketplaces (Thumbtack, Houzz, Bark, TaskRabbit …): "Dwayne R. wants a quote for Deck Staining".
  /* en */ /^(.+?)\s+(?:wants|requested|is requesting|would like|needs|is looking for) (?:a |an )?(?:quote|estimate|pro|bid|price|proposal)\b/i,
  /* en */ /\bnew (?:lead|request|quote request|job request) from\s+(.+?)$/i,
  // Quote marketplaces (Bark, Checkatrade, MyBuilder, Travaux, Aroundhome …) name the customer by first name and
  // initial or full name before the service: en "Sarah P. is looking for House removals", "Jessica M. needs a caterer",
  // de "… sucht / braucht", fr "… (re)cherche / a besoin d'", es "… busca / necesita", it "… cerca / ha bisogno di", pt
  // "… procura / precisa de", nl "… zoekt", sv "… söker / behöver", nb/da "… søker / trenger / har brug for".
  /^(\p{Lu}[\p{L}'’-]+\s+\p{Lu}(?:\.|[\p{L}'’-]+))\s+(?:is looking for|is searching for|needs|wants|would like|requested|sucht|braucht|benötigt|recherche|cherche|a besoin d['’]|busca|necesita|cerca|ha bisogno di|procura|precisa de|zoekt|heeft .{1,20} nodig|söker|behöver|søker|trenger|har brug for)\s/u,
  // Review sites (a reviewer who may ask for a quote): "New 5-star review from Aroha T.", "New review from …".
  /* en */ /\bnew (?:[1-5][- ]star )?review from\s+(.+?)$/i,
  // Voicemail-to-e-mail and missed-call notices (phone systems, carriers' visual voicemail): "New voicemail from
  // Jo Reyes (07700 900123) - 0:31", "Missed call from …"; the caller's number in brackets is cut below.
  /* en */ /\b(?:(?:new )?voice ?mail(?: message)?|missed call) from\s+(.+?)$/i,
  /* de */ /^(.+?)\s+hat (?:ihnen|dir) eine (?:neue )?nachricht (?:gesendet|geschickt|geschrieben)/i,
  /* de */ /\bneue nachricht von\s+(.+?)$/i,
  /* fr */ /^(.+?)\s+(?:vous|t)['’ ]\s?a (?:envoyé|écrit) un (?:nouveau )?message/i,
  /* fr */ /\bnouveau message de\s+(.+?)$/i,
  /* es */ /^(.+?)\s+(?:te|le) ha (?:enviado|escrito) un (?:nuevo )?mensaje/i,
  /* es */ /\bnuevo mensaje de\s+(.+?)$/i,
  /* it */ /^(.+?)\s+(?:ti|le|vi) ha (?:inviato|scritto) un (?:nuovo )?messaggio/i,
  /* it */ /\bnuovo messaggio da\s+(.+?)$/i,
  /* pt */ /^(.+?)\s+(?:te |lhe )?enviou uma (?:nova )?mensagem/i,
  /* pt */ /\bnova mensagem de\s+(.+?)$/i,
  /* nl */ /^(.+?)\s+heeft (?:je|u) een (?:nieuw )?bericht (?:gestuurd|verzonden)/i,
  /* nl */ /\bnieuw bericht van\s+(.+?)$/i,
  // sv "Helena har skickat ett meddelande till dig", nb "… har sendt deg en melding", da "… har sendt dig en besked",
  // pl "… wysłał(a) Ci wiadomość", cs "… vám poslal(a) zprávu" (LinkedIn, marketplaces in those languages).
  /* sv, nb, da */ /^(.+?)\s+har (?:skickat|sendt) (?:ett (?:nytt )?meddelande till dig|(?:deg|dig) en (?:ny )?(?:melding|besked|meddelelse))/i,
  /* sv, nb, da */ /\b(?:nytt meddelande|ny melding|ny besked) fr(?:å|a)n\s+(.+?)$/i,
  /* pl */ /^(.+?)\s+wysłał(?:a)? (?:ci|pani|panu) (?:nową )?wiadomość/i,
  /* cs */ /^(.+?)\s+(?:vám|ti) poslal(?:a)? (?:novou )?zprávu/i,
];

/**
 * Words after the member's name in a notice's wording, by language: en "about / regarding / on / via / for", de "zu /
 * über / auf / wegen", fr "à propos de / concernant / sur / via / pour", es "sobre / acerca de / en / para", it "su /
 * riguardo / per / tramite", pt "sobre / em / para / via", nl "over / op / via / voor", sv/nb/da "om / på / via".
 */
const NAME_TAIL_RE =
  /\s+(?:about|regarding|re:|on|via|through|for|zu|über|auf|wegen|à propos|concernant|sur|pour|sobre|acerca|en|para|su|riguardo|per|tramite|em|over|op|voor|om|på)\s.*$/iu;

/** One to four capitalised words: a member's name as a notification writes it. */
const MEMBER_NAME_RE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/**
 * A marketplace's subject prefix before the customer's wording ("New lead: Jessica M. needs a caterer"): en new
 * lead/request/job, de neue Anfrage, fr nouvelle demande, es nueva solicitud, it nuova richiesta, pt novo pedido, nl
 * nieuwe aanvraag, sv ny förfrågan.
 */
const LEAD_PREFIX_RE =
  /^(?:new (?:lead|request|job|enquiry|inquiry)|neue anfrage|nouvelle demande|nueva solicitud|nuova richiesta|novo pedido|nieuwe aanvraag|ny förfrågan)\s*[:–—-]\s*/iu;

/** The name the wording gives, in the subject or else one of the first lines. */
function senderName(subject: string, lines: string[]): string | undefined {
  const subjectLine = subject
    .replace(/^\s*(?:re|fwd?|fw)\s*:\s*/i, "")
    .replace(LEAD_PREFIX_RE, "")
    .trim();
  const named = namedIn([subjectLine, ...lines.slice(0, 8)]);
  // A subject gives the first name ("New message from Helen"), the text more of it ("… from Helen P. on …").
  const fuller = named ? namedIn(lines.slice(0, 8)) : undefined;
  return fuller?.startsWith(`${named} `) ? fuller : named;
}

/** The first name a notice's wording gives in `lines`. */
function namedIn(lines: string[]): string | undefined {
  for (const line of lines) {
    for (const re of SENT_YOU_RES) {
      const name = re
        .exec(line.trim())?.[1]
        ?.trim()
        // The business or platform a subject appends ("… from Morgan F. - Harbor Smiles", "… | Bookwell").
        .replace(/\s+[-–—|]\s.*$/u, "")
        // The caller's number a phone system writes after the name ("… from Jo Reyes (+44 7700 900123)").
        .replace(/\s*\(\+?[\d\s().-]{6,}\)$/u, "")
        // What the message is about or where it was sent ("… from Helen P. about your listing", "… on TradeFinder").
        .replace(NAME_TAIL_RE, "")
        .replace(/(?<!(?:^|\s)\p{Lu})[.!:]+$/u, "");
      if (name && MEMBER_NAME_RE.test(name)) return name;
    }
  }
  return undefined;
}

/**
 * "Morgan F." (a platform shortens the surname to its initial in the subject) written in full in the text: "Morgan
 * Fitch is looking for …".
 */
export function fullSurname(named: string, text: string): string | undefined {
  const m = /^(.+?)\s+(\p{Lu})\.?$/u.exec(named);
  if (!m) return undefined;
  const re = new RegExp(`(?<![\\p{L}])${escape(m[1])}\\s+(${m[2]}\\p{Ll}[\\p{L}'’-]+)`, "u");
  const full = re.exec(text.slice(0, 8000));
  return full ? `${m[1]} ${full[1]}` : undefined;
}

/**
 * The member behind a notification: the name the wording gives, completed by the profile line that starts with it
 * ("Joaquim Ferreira"), the headline under it ("Head of Procurement at Atlântico Hotels Group"), and an address the
 * member wrote in the message (never the network's or the owner's).
 */
export function readNotification(
  subject: string,
  text: string,
  excluded: (email: string) => boolean,
  region: string,
): FormFields | undefined {
  const lines = text
    .slice(0, 8000)
    .split(/\r?\n/)
    .map((l) => l.trim());
  const named = senderName(subject, lines.filter(Boolean));
  if (!named) return undefined;
  const at = lines.findIndex((l) => l.startsWith(named) && l.length < 60 && MEMBER_NAME_RE.test(l));
  const name = normalizeName(at >= 0 ? lines[at] : (fullSurname(named, text) ?? named));
  const out: FormFields = { name };
  const headline = at >= 0 ? lines.slice(at + 1).find(Boolean) : undefined;
  if (headline && headline.length < 100) {
    // "Head of Procurement | Atlântico Hotels Group" is listed; "Head of Procurement at …" is read as prose.
    const listed = /\s[|·•–—]\s/.test(headline) ? splitTitleCompany(headline) : undefined;
    const about = listed ?? describedInIntro(`${name}, ${headline}.`, { name, email: "" }, region);
    if (about.title) out.title = about.title;
    if (about.company) out.company = about.company;
  }
  const email = findEmails(text.slice(0, 8000)).find((e) => !excluded(e));
  if (email) out.email = email;
  return out;
}
