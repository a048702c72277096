// Mail with no display name: the signature's name line is the one whose words the address spells, as names are written.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { inbound } = ownerInbox("Mon, 7 Dec 2026 10:00:00 +0100");
const mail = (from: string, body: string) => inbound(from, "Presupuesto", body);

describe("no display name: the signed name the address spells, written as the person writes it", () => {
  test.each<[why: string, from: string, body: string, name: string, company: string]>([
    [
      "es: two surnames with particles, the address without accents",
      "<mj.fernandez@torre.example>",
      "Hola,\n\nPresupuesto por favor.\n\nAtentamente,\n\nMaría José Fernández de la Torre\nJefa de Compras\nGrupo Torre S.A.\nTel. 910 555 142",
      "María José Fernández de la Torre",
      "Grupo Torre S.A.",
    ],
    [
      "fr: the surname in capitals, the title after a comma, a company with SA",
      "<jp.dupont@dupont-sa.example>",
      "Bonjour,\n\nUn devis svp.\n\nCordialement,\n\nJean-Pierre DUPONT, Directeur technique\nDupont SA\nTél. 01 99 00 14 20",
      "Jean-Pierre Dupont",
      "Dupont SA",
    ],
    [
      "ja: the name in its script with its romanisation in brackets",
      "<yamada@sakura.example>",
      "お世話になっております。\n\n見積もりをお願いします。\n\n--------------------\n株式会社さくら商事\n営業部 部長\n山田 太郎 (Taro Yamada)\nTEL: 03-5555-0142\n--------------------",
      "山田 太郎",
      "株式会社さくら商事",
    ],
  ])("%s", (_why, from, body, name, company) => {
    const { lead } = extractLeadFromEmail(mail(from, body), OWNER_CTX);
    expect(lead.name).toBe(name);
    expect(lead.company).toBe(company);
  });
});
