// The general causes behind the who-is-the-lead misses of the who26 set, in fresh wordings, languages and layouts.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { describePersonFixed } from "../../helpers/fixture-table";
import { OWNER, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound } = ownerInbox("Tue, 8 Dec 2026 10:15:00 +0200");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** Finnish Outlook's "VS:" is a reply (vastaus), not the Danish/Norwegian forward: the replier on top is the lead. */
const finnishReply: Case[] = [
  [
    'fi: "VS: VS:" over a "Lähettäjä:" quote, a colleague takes over — the one who writes on top',
    inbound(
      "Aino Kallio <aino.kallio@saaristo-mokit.example>",
      "VS: VS: Tarjous mökkien kattoremontista",
      "Hei Pekka,\n\nJuha on lomalla, joten hoidan tämän asian. Tarjous sopii meille.\n\nTerveisin\nAino Kallio\nSaaristo Mökit Oy\npuh. 040 555 0912\n\n" +
        `Lähettäjä: Owner Person <owner@owner-co.example.com>\nLähetetty: maanantai 30. marraskuuta 2026 9.12\nVastaanottaja: Juha Mäki <juha.maki@saaristo-mokit.example>\nAihe: VS: Tarjous mökkien kattoremontista\n\nHei Juha,\nliitteenä tarjous.\nPekka\n`,
      { cc: "Juha Mäki <juha.maki@saaristo-mokit.example>" },
    ),
    { name: "Aino Kallio", email: "aino.kallio@saaristo-mokit.example", phone: "+358405550912" },
    [],
  ],
  [
    'fi: "VS:" over a ">"-quoted "Lähettäjä:" block (a phone client) — the customer who replies',
    inbound(
      "Ville Niemi <ville.niemi@posti.example>",
      "VS: Piipun nuohous",
      `Torstai sopii hyvin. Soittakaa 050 555 0347.\nVille Niemi\n\n> Lähettäjä: ${OWNER}\n> Aihe: Piipun nuohous\n>\n> Hei, sopisiko torstai?\n`,
    ),
    { name: "Ville Niemi", email: "ville.niemi@posti.example" },
    [],
  ],
];

/** Social lead-ad notices print the form's keys in snake case; pt forms ask for the "Nome completo". */
const snakeCaseLabels: Case[] = [
  [
    'es: a lead-ad notice with "nombre_completo:" and "correo_electrónico:" keys — the name is read',
    inbound(
      "Anuncios <leads-noreply@adsnotify.example>",
      'Nuevo cliente potencial: formulario "Presupuesto 2027"',
      "Tienes un nuevo cliente potencial.\n\nnombre_completo: Lucía Ferrer Soto\nemail: lucia.ferrer@correo.example\nphone_number: +34 655 555 218\nciudad: Valencia\n",
    ),
    { name: "Lucía Ferrer Soto", email: "lucia.ferrer@correo.example" },
    [],
  ],
  [
    'en: a lead-ad notice with "full_name:" — the name is read',
    inbound(
      "Ads Leads <leads-noreply@adsnotify.example>",
      "New lead from your form",
      "You have a new lead.\n\nfull_name: Dana Whitlock\nemail: dana.whitlock@mailbox.example\nphone_number: 416-555-0129\n",
    ),
    { name: "Dana Whitlock", email: "dana.whitlock@mailbox.example", phone: "+14165550129" },
    [],
  ],
];

/** hu puts the cue after the principal ("X megbízásából írok"); a "dr." in the copied display name is no name word. */
const writesForAfter: Case[] = [
  [
    'hu: "ügyvezetőnk, dr. X megbízásából" with "dr. X" copied — X, not the secretary who writes',
    inbound(
      "Tóth Eszter <titkarsag@dunafa.example>",
      "Ajánlatkérés",
      "Tisztelt Cím!\n\nÜgyvezetőnk, dr. Szűcs Balázs megbízásából írok. Kérem, a részleteket vele egyeztesse.\n\nÜdvözlettel:\nTóth Eszter\nDunafa Kft.\n",
      { cc: '"dr. Szűcs Balázs" <szucs.balazs@dunafa.example>' },
    ),
    { name: "Szűcs Balázs", email: "szucs.balazs@dunafa.example" },
    [],
  ],
  [
    'hu: "a cég nevében" with "Dr. X" copied (capital D) — X',
    inbound(
      "Varga Judit <varga.judit@tiszakert.example>",
      "Árajánlat",
      "Jó napot!\n\nA cég nevében írok, Dr. Fekete Márton ügyvezető (másolatban) kérésére. Kérem, őt keresse.\n\nÜdvözlettel:\nVarga Judit\n",
      { cc: "Dr. Fekete Márton <fekete.marton@tiszakert.example>" },
    ),
    { name: "Fekete Márton", email: "fekete.marton@tiszakert.example" },
    [],
  ],
];

/** A zh/ko header showing only the surname; the signature gives the full name that starts with it. */
const surnameOnlyDisplay: Case[] = [
  [
    'zh: header "林", signed "林晓雯" above a phone sign-off — the signed full name',
    inbound(
      "林 <lin.xw@mail163.example>",
      "咨询报价",
      "您好，想咨询一下下个月的价格。电话 139 5555 0817\n\n林晓雯\n发自我的手机\n",
    ),
    { name: "林晓雯", email: "lin.xw@mail163.example" },
    [],
  ],
  [
    'ko: header "박", signed "박서연" — the signed full name',
    inbound(
      "박 <seoyeon.p@mailbox.example>",
      "견적 문의",
      "안녕하세요,\n다음 달 예약 가능한지 문의드립니다.\n\n박서연 드림\n",
    ),
    { name: "박서연", email: "seoyeon.p@mailbox.example" },
    [],
  ],
];

describe("who the lead is in the causes of the who26 set", () => {
  test.each([...finnishReply, ...snakeCaseLabels, ...writesForAfter, ...surnameOnlyDisplay])("%s", (_why, input, expected, absent) => {
    expectLeadOf(input, ctx, expected, absent);
  });
});

describePersonFixed("who26 fixtures fixed by these causes", [
  ["colleague takes over in a Finnish Outlook reply (VS:) chain (fi)", "emails-who26/hi25-chain-none-fi"],
  ["Huawei reply from a surname-only display name, signed in full (zh-CN)", "emails-who26/hi28-chain-none-zh-CN"],
  ["company secretary writes at the copied director's behest (hu)", "emails-who26/hi23-inbound-none-hu"],
]);
