// The blind "business9" set's causes, in fresh wordings: names signed in their own form, a buyer's department, a card's mobile.
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";
import { expectLeadOf } from "../../helpers/expect-lead";

const ctx = OWNER_CTX;
const { inbound } = ownerInbox("Mon, 07 Dec 2026 10:20:00 +0000");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

/** The header an ASCII copy of the signed name: accents dropped, a surname left off, the surname put first. */
const asciiHeader: Case[] = [
  [
    'es: "Ana Lucia Benitez" in the header, "Lic. Ana Lucía Benítez Ocampo" signed (two surnames, accents): the signed name',
    inbound(
      "Ana Lucia Benitez <albenitez@ocampo-inmuebles.example>",
      "Cotización",
      "Buenas tardes,\n\nNecesitamos una cotización para 40 departamentos.\n\nSaludos,\n\nLic. Ana Lucía Benítez Ocampo\nGerente de Compras\nOcampo Inmuebles S.A. de C.V.\nCel. +52 55 5555 0171",
    ),
    { name: "Ana Lucía Benítez Ocampo", title: "Gerente de Compras" },
    [],
  ],
  [
    'pt: "Joao Goncalves" in the header, "Eng.º João Gonçalves da Silva" signed: the signed name, particle kept',
    inbound(
      "Joao Goncalves <jgoncalves@obras-lis.example>",
      "Pedido de orçamento",
      "Bom dia,\n\nGostaria de receber um orçamento para o pavimento do armazém.\n\nCumprimentos,\n\nEng.º João Gonçalves da Silva\nDiretor de Obra\nObras Lis, Lda.\nTlm. +351 912 555 017",
    ),
    { name: "João Gonçalves da Silva" },
    [],
  ],
  [
    'tr: "KAYA Zeynep Nur" (surname first, capitals, no ı/ş marks) signed "Zeynep Nur Kaya": the signed order',
    inbound(
      "KAYA Zeynep Nur <zeynep.kaya@anadolu-tekstil.example>",
      "Fiyat teklifi",
      "Merhaba,\n\nFiyat teklifi rica ederim.\n\nSaygılarımla,\n\nZeynep Nur Kaya\nSatın Alma Uzmanı\nAnadolu Tekstil A.Ş.\nCep: +90 532 555 01 72",
    ),
    { name: "Zeynep Nur Kaya" },
    [],
  ],
  [
    'ro: an ASCII header ("Dragos Stanescu") over another person\'s signed name ("Ștefan Popa"): the header name stays',
    inbound(
      "Dragos Stanescu <dragos@vinuri-olt.example>",
      "Ofertă",
      "Bună ziua,\n\nVă rog o ofertă.\n\nCu stimă,\n\nȘtefan Popa\nDirector\nVinuri Olt SRL",
    ),
    { name: "Dragos Stanescu" },
    [],
  ],
];

/** A zh/ko/ja name under the sign-off, in its own script, over a header's English name or romanisation. */
const ownScript: Case[] = [
  [
    'zh: "David Chen" in the header, "谢谢！" then "陈大伟" over "销售经理": the name as written, title and company read',
    inbound(
      "David Chen <david.chen@hengtong.example>",
      "询价",
      "您好！\n\n请提供报价单。\n\n谢谢！\n\n陈大伟\n销售经理\n杭州恒通机械有限公司\n手机：139 5550 1888",
    ),
    { name: "陈大伟", title: "销售经理", company: "杭州恒通机械有限公司" },
    [],
  ],
  [
    'ko: "Seoyeon PARK" in the header, "박서연 대리" under "감사합니다." after a blank line: name and title apart',
    inbound(
      "Seoyeon PARK <sy.park@dasan-food.example>",
      "견적 문의",
      "안녕하세요.\n\n견적 부탁드립니다.\n\n감사합니다.\n\n박서연 대리\n구매팀 | 다산식품 주식회사\nM. 010-5555-0173",
    ),
    { name: "박서연", title: "대리" },
    [],
  ],
];

/** A short name under the sign-off, the full name a line or two lower; the header a nickname or initials. */
const shortThenFull: Case[] = [
  [
    'en (Outlook): header "Gazza", signed "Gaz" then "Gareth Pembroke-Lyle" over "Owner": the full name',
    inbound(
      "Gazza <gazza.pl@outlook.example>",
      "Bookkeeping",
      "Hi,\n\nAfter a new bookkeeper from January.\n\nCheers,\nGaz\n\nGareth Pembroke-Lyle\nOwner\nPembroke Joinery Pty Ltd\nMobile 0491 570 156",
    ),
    { name: "Gareth Pembroke-Lyle", title: "Owner" },
    [],
  ],
  [
    'en (HTML table): header "MSA" (initials), "Thanks, Mei" then a logo\'s alt text then "Dr. Mei S. Alvarez, DVM"',
    inbound("MSA <drmei@harbor-vet.example>", "Supplies", "", {
      htmlBody:
        '<p>Hello,</p><p>Please send a price list.</p><p>Thanks,<br>Mei</p><table><tr><td><img src="x.png" alt="Harbor Vet Clinic"></td><td><b>Dr. Mei S. Alvarez, DVM</b><br>Medical Director<br>Harbor Vet Clinic, P.C.<br>c 206-555-0174</td></tr></table>',
    }),
    { name: "Mei S. Alvarez", title: "Medical Director" },
    [],
  ],
];

/** Fields: a title with its qualifier after a bar, a buyer's category over the company, nl heads, vi numbers, a card's mobile. */
const fields: Case[] = [
  [
    'en: "Name | Buyer - Facilities & Estates" keeps the qualifier; "Strategic Sourcing" is a department, the Ltd the company',
    inbound(
      "Hale, Priya (Sourcing) <priya.hale@corvex.example>",
      "RFP",
      "Good morning,\n\nPlease quote for the works.\n\nKind regards,\n\nPriya Hale MCIPS | Category Buyer - Facilities & Estates\nStrategic Sourcing\nCorvex Industries Ltd\nM: 07700 900175",
    ),
    { title: "Category Buyer - Facilities & Estates", company: "Corvex Industries Ltd" },
    [],
  ],
  [
    'nl (be): "Diensthoofd Aankoop | Head of Purchasing": the Dutch title read first, the vzw the company',
    inbound(
      "Peeters Lien <lien.peeters@zorgnet-leuven.example>",
      "Offerte",
      "Geachte,\n\nGraag een offerte.\n\nMet vriendelijke groet,\n\nLien Peeters\nDiensthoofd Aankoop | Head of Purchasing\nZorgnet Leuven vzw\nGSM +32 475 55 01 76",
    ),
    { title: "Diensthoofd Aankoop", company: "Zorgnet Leuven vzw" },
    [],
  ],
  [
    'vi: "ĐT: 028 … - DĐ: 0912 …" in a Vietnamese mail: the mobile, read as Vietnamese; "ThS." dropped from the name',
    inbound(
      "Lê Minh Tuấn <tuan.le@saigon-go.example>",
      "Báo giá",
      "Kính gửi Quý công ty,\n\nChúng tôi cần báo giá. Xin vui lòng gửi cho chúng tôi.\n\nTrân trọng,\n\nThS. Lê Minh Tuấn\nTrưởng phòng Mua hàng\nCông ty TNHH Gỗ Sài Gòn\nĐT: 028 5555 0177 - DĐ: 0912 555 017",
    ),
    { name: "Lê Minh Tuấn", phone: "+84912555017" },
    [],
  ],
];

/** An attached vCard lists the signature's office number and a mobile: the mobile. */
function withCard(tel: string, cell: string): EmailInput {
  const card = [
    "BEGIN:VCARD",
    "VERSION:3.0",
    "FN:Nora Lindqvist",
    `TEL;TYPE=WORK:${tel}`,
    `TEL;TYPE=CELL:${cell}`,
    "END:VCARD",
  ].join("\r\n");
  return inbound(
    "Nora Lindqvist <nora@lindqvist-bygg.example>",
    "Offert",
    `Hej,\n\nSe mitt visitkort.\n\nVänliga hälsningar\nNora Lindqvist\nInköpschef\nLindqvist Bygg AB\nTel. ${tel}`,
    { attachments: [{ name: "Nora.vcf", contentType: "text/x-vcard", size: card.length, raw: card }] },
  );
}
const cardMobile: Case[] = [
  [
    'sv: office "Tel." in the signature, the attached card adds TYPE=CELL: the mobile',
    withCard("+46 8 555 017 80", "+46 70 555 01 81"),
    { phone: "+46705550181" },
    [],
  ],
  [
    "en (US): the card's WORK number is the signature's, its CELL the lead's number",
    withCard("+1 303 555 0182", "+1 303 555 0183"),
    { phone: "+13035550183" },
    [],
  ],
];

describe("Names signed in their own form, buyers' departments, a card's mobile (blind business9 set's causes)", () => {
  test.each([...asciiHeader, ...ownScript, ...shortThenFull, ...fields, ...cardMobile])(
    "%s",
    (_why, input, expected, absent) => {
      expectLeadOf(input, ctx, expected, absent);
    },
  );
});
