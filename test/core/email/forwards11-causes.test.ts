// Forward causes of issue 13 (emails-forwards11): follow-up wordings by language (imperatives with a pronoun, "in N
// weeks", weekday + day number), notes typed under a "---" rule or under a header with no name, Turkish and Italian
// sources, a Polish mobile given in the note, an Italian legal qualification after a dash. Fresh fictional data.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { sourceFromNote } from "../../../src/core/email/note";
import { withoutTagline } from "../../../src/core/email/sig-lines";
import { followUpFromNote } from "../../../src/core/followup/followup";
import type { EmailInput, ExtractContext } from "../../../src/core/lead";

/** Friday 4 December 2026. */
const FRI = { y: 2026, m: 12, d: 4 };

describe("a follow-up asked in the language's own words is dated from the forward's day", () => {
  test.each<[string, string, string]>([
    ["es imperative with the pronoun: háblale", "Háblale pasado mañana sobre el pedido.", "2026-12-06"],
    ["es-MX márcale", "Márcale el lunes, está interesada.", "2026-12-07"],
    ["pt-PT liga-lhe + próxima terça", "Liga-lhe na próxima terça, parece sério.", "2026-12-08"],
    ["pt-PT telefona-lhe amanhã", "Telefona-lhe amanhã de manhã.", "2026-12-05"],
    ["pt-BR ligue para ela na sexta", "Ligue para ela na sexta, por favor.", "2026-12-11"],
    ["nl om twee weken", "Bellen om twee weken, dan is het budget rond.", "2026-12-18"],
    ["nl over 3 dagen", "Terugbellen over 3 dagen.", "2026-12-07"],
    ["es dentro de dos semanas", "Llamarla dentro de dos semanas.", "2026-12-18"],
    ["pt dentro de 3 dias", "Ligar-lhe dentro de 3 dias.", "2026-12-07"],
    ["tr iki hafta sonra", "Müşteriyi iki hafta sonra ara.", "2026-12-18"],
    ["fi kahden viikon päästä (genitive count)", "Soita hänelle kahden viikon päästä.", "2026-12-18"],
    ["fi ensi maanantaina", "Huom: soita hänelle ensi maanantaina.", "2026-12-07"],
    ["ro peste două săptămâni", "De sunat peste două săptămâni.", "2026-12-18"],
    ["ro peste o lună", "Revenim peste o lună cu oferta.", "2027-01-04"],
    ["el σε δύο εβδομάδες", "Τηλεφώνησέ του σε δύο εβδομάδες.", "2026-12-18"],
    ["uk через тиждень (no count: one)", "Зателефонуй їй через тиждень.", "2026-12-11"],
    ["uk через два тижні", "Передзвони через два тижні.", "2026-12-18"],
    ["zh 两周后", "两周后跟进一下。", "2026-12-18"],
    ["zh 3天后", "3天后打电话给他。", "2026-12-07"],
    ["ko 2주 후에", "2주 후에 연락 주세요.", "2026-12-18"],
    ["ko 일주일 후", "일주일 후 전화하기.", "2026-12-11"],
    ["fr dans quinze jours (two weeks)", "Le rappeler dans quinze jours.", "2026-12-19"],
    ["ko a weekday ending in 일 is not a count of days", "금요일 후에 연락", "2026-12-11"],
  ])("%s", (_why, note, date) => {
    expect(followUpFromNote(note, FRI).date).toBe(date);
  });
});

describe("a weekday with a day number names that week's day", () => {
  test.each<[string, string, string]>([
    ["it lunedì 14", "Richiamarla lunedì 14 per il preventivo.", "2026-12-14"],
    ["fr lundi 14", "Rappeler lundi 14, il attend le devis.", "2026-12-14"],
    ["en Monday the 14th", "Call her Monday the 14th.", "2026-12-14"],
    ["de Freitag, den 18.", "Bitte Freitag, den 18. anrufen.", "2026-12-18"],
    ["a time after the weekday is not a day: Monday 10am", "Call him Monday 10am.", "2026-12-07"],
    ["de Freitag 10 Uhr is a time", "Freitag 10 Uhr anrufen.", "2026-12-11"],
    ["a day number no Monday has soon: the weekday alone", "Rappeler lundi 15.", "2026-12-07"],
    ["a month after the number is read as the date", "Richiamare lunedì 11 gennaio.", "2027-01-11"],
  ])("%s", (_why, note, date) => {
    expect(followUpFromNote(note, FRI).date).toBe(date);
  });
});

describe("how the lead came in, in Turkish and Italian notes", () => {
  test.each<[string, string, string]>([
    [
      "tr compound with possessive + ablative: fuarından",
      "Mobilya fuarından gelen müşteri, sen ara.",
      "Trade show",
    ],
    ["tr fuarına", "Geçen ay fuarına gelmişti.", "Trade show"],
    ["it me l'ha passata (passed on to me)", "me l'ha passata Piero dell'associazione", "Referral"],
    ["it segnalato da", "Cliente segnalato da un fornitore, richiamare.", "Referral"],
  ])("%s", (_why, note, source) => {
    expect(sourceFromNote(note)).toBe(source);
  });
});

test.each<[string, string, string]>([
  [
    "it Società Agricola after a dash is part of the name",
    "Bruni Olii S.r.l. - Società Agricola",
    "Bruni Olii S.r.l. - Società Agricola",
  ],
  ["a real tagline is still cut", "Flaxbeam - Open Source Search Engine", "Flaxbeam"],
])("%s", (_why, line, company) => {
  expect(withoutTagline(line)).toBe(company);
});

const ctx: ExtractContext = { ownerEmails: ["marta@verdi-grafica.example"], defaultRegion: "IT" };

function mail(body: string, from = "Marta Verdi <marta@verdi-grafica.example>"): EmailInput {
  const date = "Fri, 4 Dec 2026 09:00:00 +0100";
  return {
    from,
    to: "marta@verdi-grafica.example",
    cc: "",
    subject: "I: richiesta",
    dateHeader: date,
    date: new Date(date),
    plainBody: body,
    htmlBody: "",
    attachments: [],
  };
}

describe("a note typed under the forward is read", () => {
  test.each<[string, string, Record<string, string>]>([
    [
      "Libero: a header with the address only, note under '--'",
      "----Messaggio originale----\nDa: p.ferri@ferri-ceramiche.example\nData: 3-dic-2026 11.20\nA: <marta@verdi-grafica.example>\nOgg: Brochure\n\nBuongiorno,\nci serve una brochure di 12 pagine.\n\nCordiali saluti\nPaola Ferri\nFerri Ceramiche S.r.l.\n\n--\nme l'ha passata un cliente, richiamarla lunedì 14",
      { email: "p.ferri@ferri-ceramiche.example", followUp: "2026-12-14", source: "Referral" },
    ],
    [
      "fi Outlook: note under a '---' rule",
      "Lähettäjä: Outi Harju <outi.harju@harjunsaha.example>\nLähetetty: torstai 3. joulukuuta 2026 11.05\nVastaanottaja: marta@verdi-grafica.example\nAihe: Tarjouspyyntö\n\nHei,\npyytäisin tarjousta esitteestä.\n\nTerveisin\nOuti Harju\nHarjun Saha Oy\n\n---\nHuom: soita hänelle ensi tiistaina.",
      { email: "outi.harju@harjunsaha.example", followUp: "2026-12-08" },
    ],
  ])("%s", (_why, body, expected) => {
    expect(extractLeadFromEmail(mail(body), ctx).lead).toMatchObject(expected);
  });
});

test("pl: a mobile the note says the caller gave ('podał komórkę') beats the signature's office line", () => {
  const body =
    "Dzwonił wczoraj, podał komórkę: 602 555 087 - oddzwonić w poniedziałek.\n\n-----Wiadomość oryginalna-----\nOd: Adam Kowal <a.kowal@kowal-meble.example>\nWysłano: czwartek, 3 grudnia 2026 10:15\nDo: marta@verdi-grafica.example\nTemat: Zapytanie\n\nDzień dobry,\nproszę o ofertę.\n\nZ poważaniem\nAdam Kowal\nKowal Meble Sp. z o.o.\ntel. 61 555 02 30";
  const lead = extractLeadFromEmail(mail(body), { ...ctx, defaultRegion: "PL" }).lead;
  expect(lead).toMatchObject({ name: "Adam Kowal", phone: "+48602555087", followUp: "2026-12-07" });
});
