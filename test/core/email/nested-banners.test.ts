// A forward inside a reply ("Re:" subject) is split by the label tables alone: Apple Mail's banner in each language
// stays out of the replier's own text, and the forwarded sender is still found.
import { splitThread } from "../../../src/core/email/thread";

const thread = (banner: string, labels: string[], gap: boolean) =>
  [
    "Please add her.",
    "",
    "---------- Forwarded message ---------",
    "From: Ana Roe <ana@roe-co.example>",
    "Date: Mon, 2 Mar 2026 at 09:15",
    "Subject: Re: Offer",
    "To: Owner <owner@shop.example>",
    "",
    "See below, she asked for a quote.",
    "",
    "Ana",
    "",
    banner,
    ...(gap ? [""] : []),
    `${labels[0]}: Eva Lind <eva@lind-bygg.example>`,
    `${labels[1]}: 1 March 2026 17:40:12 CET`,
    `${labels[2]}: Ana Roe <ana@roe-co.example>`,
    `${labels[3]}: Offer`,
    "",
    "We need a quote for the roof.",
    "",
    "Eva Lind",
  ].join("\n");

describe("an Apple Mail forward quoted inside a reply, by language", () => {
  test.each<[string, string, string[]]>([
    [
      "sv: the banner has no dashes, so only the banner table knows it",
      "Vidarebefordrat mejl:",
      ["Från", "Datum", "Till", "Ämne"],
    ],
    ["pl", "Początek przekazywanej wiadomości:", ["Od", "Data", "Do", "Temat"]],
    ["tr", "İleti başlangıcı:", ["Kimden", "Tarih", "Kime", "Konu"]],
    ["nl", "Begin doorgestuurd bericht:", ["Van", "Datum", "Aan", "Onderwerp"]],
    ["hu", "Továbbított levél kezdete:", ["Feladó", "Dátum", "Címzett", "Tárgy"]],
    [
      "en, with the banner right above the header (no blank line)",
      "Begin forwarded message:",
      ["From", "Date", "To", "Subject"],
    ],
  ])("%s", (_why, banner, labels) => {
    const { messages } = splitThread(thread(banner, labels, labels[0] !== "From"), "Fwd: Re: Offer");
    expect(messages.map((m) => m.from?.email)).toEqual(["ana@roe-co.example", "eva@lind-bygg.example"]);
    expect(messages[0].body).toBe("See below, she asked for a quote.\n\nAna");
  });
});
