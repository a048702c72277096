// Forward causes of issue 13 (emails-forwards4): right-to-left and more header languages, signature layouts, notes
// under the block, colleagues' notes and sources in more languages. Fresh fictional data, not copies of fixtures.
import { splitThread } from "../../../src/core/email/thread";

describe("forward header blocks in more languages", () => {
  test.each<[string, string, string]>([
    [
      "Samsung/Outlook in Hebrew (מאת / תאריך / אל / נושא), with right-to-left marks around the labels",
      "תודה\n\n-------- הודעה מקורית --------\n\u200fמאת: \u200fאורי כהן <uri@cohen-glass.example.co.il>\n\u200fתאריך: 03/03/2026 11:20\n\u200fאל: office@owner-co.example\n\u200fנושא: בקשה\n\nשלום",
      "uri@cohen-glass.example.co.il",
    ],
    [
      "Outlook on the web in Arabic (من / تم الإرسال / إلى / الموضوع)",
      "للمتابعة\n\n________________________________\nمن: سارة المطيري <sara@almutairi-tiles.example.sa>\nتم الإرسال: الاثنين، 2 مارس 2026 10:00 ص\nإلى: office@owner-co.example\nالموضوع: استفسار\n\nمرحبا",
      "sara@almutairi-tiles.example.sa",
    ],
    [
      "Outlook in Greek (Από / Στάλθηκε / Προς / Θέμα)",
      "Δες το\n\nΑπό: Μαρία Οικονόμου <maria@oikonomou-wood.example.gr>\nΣτάλθηκε: Δευτέρα, 2 Μαρτίου 2026 10:00 πμ\nΠρος: office@owner-co.example\nΘέμα: Προσφορά\n\nΚαλημέρα",
      "maria@oikonomou-wood.example.gr",
    ],
    [
      "Gmail in Indonesian (Dari / Tanggal / Subjek / Kepada)",
      "Tolong dicek\n\n---------- Pesan yang diteruskan ---------\nDari: Budi Santoso <budi@santoso-kayu.example.id>\nTanggal: Sen, 2 Mar 2026 pukul 10.00\nSubjek: Penawaran\nKepada: <office@owner-co.example>\n\nSelamat pagi",
      "budi@santoso-kayu.example.id",
    ],
  ])("%s", (_why, body, from) => {
    expect(splitThread(body, "Fwd: x").messages[0]?.from?.email).toBe(from);
  });
});
