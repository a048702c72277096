// How the lead came in (source), as the forwarder's note, the lead's own first lines or an organiser's mailing say.
import { isNegatedSource, MORE_SOURCE_WORDS } from "./source-words";

/** Source categories by the words that name them, with the languages they cover. */
const SOURCES: { source: string; re: RegExp; named?: boolean }[] = [
  {
    source: "Trade show",
    // en "garden show", "came by the booth"; fr "salon", it "salone" (Salone del Mobile); de "am Stand" / "vom
    // Stand"; es/fr/it/pt/nl "nuestro stand", "notre stand", "al nostro stand", "no nosso stand", "op onze stand"
    // (the booth); de/nl compounds ending in the word ("Handwerksmesse", "Messestand", "Vakbeurs"), matched without
    // a word start (cheaper than a prefix class); pt "feira" but not the weekdays "quinta-feira", "segunda-feira".
    re: /\b(?:trade ?show|tradeshow|expo|(?:home|garden|boat|auto|car|bridal|craft|gift|food|wine|design|farm|pet|rv) show|(?:trade )?fair|salone?|am stand|vom stand|an unserem stand|feria|fiera|fira|beurs|(?<!-)feira|nuestro stand|el stand|notre stand|le stand|(?:al|allo) (?:nostro )?stand|(?:no|ao) nosso (?:stand|estande)|(?:op|bij) onze stand|(?:the|our|my) booth|booth visit(?:or)?|(?:came|stopped|dropped|swung) by (?:the|our) stand|at (?:the|our) stand)\b|(?:messe|beurs)(?:stand)?\b/i,
    named: true,
  },
  {
    source: "Conference",
    // it "convegno" (a trade conference).
    re: /\b(?:conference|conférence|congrès|congreso|conferencia|konferenz|kongress|congresso|conferenza|convegno|summit)\b/i,
    named: true,
  },
  {
    source: "Networking event",
    // A business club's meal or evening: "the Rotary breakfast", "chamber lunch", "Unternehmerabend", "desayuno
    // empresarial", "petit-déjeuner d'affaires".
    re: /\b(?:networking|mixer|meetup|afterwork|réseautage|netzwerk(?:treffen|abend)?|stammtisch|(?:chamber|rotary|lions|kiwanis|bni|business club)(?: club| of commerce)? (?:breakfast|lunch(?:eon)?|dinner|meeting|event|mixer|social)|unternehmer(?:abend|frühstück|stammtisch)|(?:ondernemers|netwerk|zaken)borrel|netwerk(?:bijeenkomst|avond|event)|petit-déjeuner d['’]affaires|desayuno (?:de negocios|empresarial))\b/i,
  },
  // The word with any ending: en/es "webinars", de "Webinare", fr "webinaires", it "webinari", pl "na webinarze", tr
  // "webinara katılmış" (attended the webinar), "webinarımızda"; es "seminario web", fr "séminaire en ligne", de
  // "Online-Seminar", it "seminario online", pt "seminário online".
  {
    source: "Webinar",
    re: /\b(?:webinar\w*|webinários?|online[- ]seminar\w*|seminari[oi] (?:web|online|en línea)|séminaires? (?:en ligne|web)|seminários? (?:online|on-line|web))/i,
  },
  {
    source: "Website",
    // en "came in through the website", "website enquiry" (UK); fr "via le site", "par le formulaire du site", de "über die Website", es "a través
    // de la web", it "dal sito", pt "pelo site", nl "via de website".
    re: /\b(?:website (?:inquiry|enquiry|lead|form)|web (?:inquiry|enquiry|lead)|online (?:inquiry|enquiry)|contact (?:form|us page)|(?:via|from|through|on) (?:the|our) (?:web)?site|(?:via|through) (?:the|our) (?:contact page|web ?form|online form|home ?page)|formulaire (?:de contact|web|du site|de notre site|en ligne)|(?:via|par|depuis|sur) (?:le|notre) site|kontaktformular|webanfrage|formulario (?:de contacto|web)|(?:a través de|desde|por) (?:la|nuestra) (?:web|página web)|(?:dal|tramite il|attraverso il|sul) (?:nostro )?sito|(?:pelo|através do) (?:nosso )?site|via (?:de|onze) website|via het contactformulier)\b|(?:^|[\s(])über (?:die|unsere) (?:website|webseite|homepage)\b/i,
  },
  {
    source: "Referral",
    re: /\b(?:referral|referred|recommended by|recommandée? par|référence de|empfohlen|empfehlung|recomendad[oa] por|referencia de|referido|raccomandat[oa]|indicação|aanbevolen)\b/i,
  },
];

/** Prepositions that open a sentence before an event word: en, fr, de, es, it, pt, nl. */
const SENTENCE_OPENER_RE = /^(?:At|In|On|Au|Aux|À|Am|Im|Auf|Beim|Al|En|Na|No|Op|Bij|Dal|Nel|Alla|Sul)$/;

// "Bay Area Wedding & Events": a name's words may be joined by a lone "&".
const PLACE = "[\\p{Lu}][\\p{L}\\d'’&-]*(?:(?:\\s+&)?\\s+[\\p{Lu}\\d][\\p{L}\\d'’&-]*){0,3}";

/** "met her at the Toronto trade show" -> "Trade show: Toronto"; "feria Expohotel" -> "Trade show: Expohotel". */
export function sourceFromNote(note: string): string | undefined {
  const text = note.replace(/\s+/g, " ");
  // The category the note names first ("Indicação do Rui … depois da feira deles": a referral, not their fair).
  const found = SOURCES.map((s) => {
    const more = MORE_SOURCE_WORDS[s.source];
    const m = s.re.exec(text) ?? more?.re.exec(text) ?? more?.cased?.exec(text);
    return { s, m: m && !isNegatedSource(text, m.index, m.index + m[0].length) ? m : null };
  })
    .filter((f) => f.m)
    .sort((a, b) => a.m!.index - b.m!.index);
  for (const { s, m: hit } of found) {
    const more = MORE_SOURCE_WORDS[s.source];
    const m = hit!;
    if (!s.named) return s.source;
    const before = more?.inflected?.test(m[0])
      ? undefined
      : new RegExp(`(${PLACE})\\s+$`, "u").exec(text.slice(Math.max(0, m.index - 60), m.index));
    const after = new RegExp(`^\\s+(?:de |del |der |des |du |di )?(${PLACE})`, "u").exec(
      text.slice(m.index + m[0].length),
    );
    // "Au Salon des Maires": a capitalised preposition opening the sentence is no event's name.
    const written = before?.[1] && !SENTENCE_OPENER_RE.test(before[1]) ? before[1] : after?.[1];
    const name = (written || "").replace(/^(?:The|La|Le|El|Die|Der|Das)\s+/, "").replace(/[.,]+$/, "");
    return name && !/^(?:I|We|He|She)$/.test(name) ? `${s.source}: ${name}` : s.source;
  }
  return undefined;
}

/**
 * The lead speaking of an event as their own project (exhibiting, organising, planning it): en, de, fr, es, it, pt,
 * nl. Past visits ("thanks for stopping by our booth") are not here: those are how the lead came in.
 */
const OWN_EVENT_RE =
  /\b(?:(?:we|i)(?:['’]re| are| am|['’]ll be| will be| will)? (?:exhibiting|exhibit|organi[sz]ing|organi[sz]e|hosting|host|planning|plan|preparing|running|holding)|our (?:upcoming|next|annual|own) |wir (?:stellen|planen|organisieren|veranstalten)|unser(?:e|en)? (?:nächste|jährliche)|nous (?:exposons|exposerons|organisons|préparons|serons exposants)|notre prochain|(?:exponemos|expondremos|organizamos|preparamos|estamos preparando)|nuestr[oa] próxim|(?:esponiamo|esporremo|organizziamo|stiamo preparando|stanno preparando)|(?:vamos expor|expomos|organizamos|estamos preparando)|(?:we|wij) (?:exposeren|organiseren|staan op))\b/i;

/**
 * The note's event is the lead's own project, not how they came in: the lead's text names the same kind of event
 * right after saying they exhibit at it, organise it or plan for it ("We are exhibiting at the furniture fair in
 * Herning next August" under a note "trade fair in Herning"; not "Great meeting you at the expo, we are planning …").
 */
export function isLeadsOwnEvent(source: string, leadText: string): boolean {
  const kind = SOURCES.find((s) => s.named && source.split(":")[0] === s.source);
  if (!kind) return false;
  return leadText
    .slice(0, 4000)
    .split(/(?<=[.!?])\s+|\n\s*\n/)
    .some((sentence) => {
      const cue = OWN_EVENT_RE.exec(sentence);
      return !!cue && kind.re.test(sentence.slice(cue.index, cue.index + 120));
    });
}

/**
 * The lead saying they came to the business's own event: a second-person possessive right before the event word
 * ("I attended your webinar", "Asistí a vuestro webinar", "lors de votre salon", "auf Ihrem Messestand", "al vostro
 * webinar", "no vosso webinar", "jullie webinar"): en, es, fr, de, it, pt, nl.
 */
const YOUR_EVENT_RE =
  /\b(?:your|vuestr[oa]s?|votre|vos|ihre[mnr]?|eure[mnr]?|vostr[oa]|voss[oa]|jullie|uw)\s+(?:\p{L}+\s+)?(?=\p{L})/iu;

/** The sentences of a lead's first lines (1,500 characters). */
export function firstSentences(text: string): string[] {
  return text.slice(0, 1500).split(/(?<=[.!?])\s+|\n\s*\n/);
}

/** The kind of event a text names ("Trade show"), never a referral or the web site. */
export function eventKind(text: string): string | undefined {
  const kind = sourceFromNote(text)?.split(":")[0];
  return kind && kind !== "Referral" && kind !== "Website" ? kind : undefined;
}

/** How the lead says they came in, in their own first message: only an event of the business's ("your webinar"). */
export function sourceFromLead(text: string): string | undefined {
  for (const sentence of firstSentences(text)) {
    const m = YOUR_EVENT_RE.exec(sentence);
    if (!m) continue;
    const kind = eventKind(sentence.slice(m.index, m.index + m[0].length + 30));
    if (kind) return kind;
  }
  return undefined;
}

/**
 * The event an organiser's mailing is about ("Salon Habitat Québec", "Merci de votre visite au salon"), for a lead
 * the owner names above it: by the sender's name and the subject, never a referral or website category.
 */
export function sourceFromOrganiser(senderName: string, subject: string): string | undefined {
  const source = sourceFromNote(`${senderName}\n${subject}`);
  return source && !/^(?:Referral|Website)/.test(source) ? source : undefined;
}
