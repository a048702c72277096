// A shared mailbox's display name by its office or desk word in the writer's language ("Biuro Termex", "Segreteria …").

/**
 * Words that name an office, secretariat, desk or events team rather than a person, by language: pl biuro
 * (office), sekretariat; it segreteria, ufficio; es/pt secretaría/secretaria, oficina, escritório, contacto/contato,
 * eventos (events desk); fr secrétariat, accueil; de Sekretariat, Büro, Empfang, Kontakt; nl secretariaat, kantoor;
 * cs/sk kancelář/kancelária; hu iroda; ro secretariat, birou; el Γραμματεία (secretariat), Γραφείο (office),
 * Λογιστήριο (accounts), Υποδοχή (reception); en/de/fr/nl "Showroom" (its desk's mailbox, "Showroom - Lindgren Kitchens",
 * whose "Showroom Manager" line is a title, not the name). Whole words only, in any case.
 */
const DESK_WORDS =
  "biuro|sekretariat|segreteria|ufficio|secretar[ií]a|oficina|escrit[óo]rio|contacto|contato|eventos|eventi|secr[ée]tariat|accueil|b[üu]ro|empfang|kontakt|secretariaat|kantoor|kancel[áa][řr]|kancel[áa]ria|iroda|birou|γραμματεία|γραφείο|λογιστήριο|υποδοχή|showroom";

const DESK_WORD_RE = new RegExp(`^(?:${DESK_WORDS})$`, "iu");

/** "Biuro Termex", "Segreteria Scuola Armonia", "Eventos Corporativos": a display name that opens with a desk word. */
export function opensWithDeskWord(display: string): boolean {
  return DESK_WORD_RE.test(display.trim().split(/\s+/)[0] ?? "") || isCjkDesk(display);
}

/**
 * A department's mailbox shown as "Department | Organisation" (Outlook shared mailboxes of councils and firms): the
 * purchasing and sales desks by language — en purchasing, procurement, sales; de Einkauf, Vertrieb, Verkauf; da
 * Indkøb, Salg; nb Innkjøp; sv Inköp, Försäljning; nl Inkoop, Verkoop; fr Achats, Ventes; es/pt Compras, Ventas/Vendas;
 * it Acquisti, Vendite; pl Zakupy; cs Nákup; fi Hankinnat.
 */
const DEPARTMENT_RE =
  /^(?:purchasing|procurement|sales|einkauf|vertrieb|verkauf|indkøb|salg|innkjøp|inköp|försäljning|inkoop|verkoop|achats|ventes|compras|ventas|vendas|acquisti|vendite|zakupy|nákup|hankinnat)$/iu;

/** "Indkøb" (of "Indkøb | Vestby Kommune"), "Sekretariat": a display name's person part that is a desk's word. */
export function isDeskWord(part: string): boolean {
  const w = part.trim();
  return DEPARTMENT_RE.test(w) || DESK_WORD_RE.test(w);
}

/**
 * A department or desk written in CJK as a display name: ja 営業部 (sales), 総務部 (general affairs), 経理部, 人事部,
 * 購買部, 広報部, 企画部, 業務部, 仕入部/調達部/資材部 (purchasing), 販売部 (sales) (and 課/室), 受付 (reception), 事務局 (secretariat); zh 销售部, 市场部, 采购部, 行政部,
 * 人事部, 财务部, 客服部, 办公室 (office), 前台 (front desk); ko 영업팀, 총무팀, 관리팀, 구매팀, 인사팀, 재무팀 (and 부),
 * 고객센터 (customer centre). A table, not a suffix: 阿部, 服部, 長谷部 are surnames.
 */
const CJK_DESK_RE =
  /^(?:(?:営業|総務|経理|人事|購買|広報|企画|業務|管理|技術|開発|仕入|調達|資材|販売|销售|市场|采购|行政|人事|财务|客服)(?:部|課|室|处)?|受付|事務局|办公室|前台|(?:영업|총무|관리|구매|인사|재무|마케팅)(?:팀|부)|고객센터)$/u;

/** "営業部", "총무팀", "办公室": a display name that is a department's or desk's in zh/ja/ko. */
export function isCjkDesk(display: string): boolean {
  return CJK_DESK_RE.test(display.trim());
}
