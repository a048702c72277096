// Job-title words in the languages signatures and cards are written in: one vocabulary for e-mail signatures, intros
// and business cards.

/** English title words (every client): also how a two-role line ("Owner / Project Manager") is told from a bilingual one. */
const EN_TITLE_WORDS = [
  "ceo|cfo|coo|cto|cio|cmo|vp|svp|evp|avp|md|gm",
  "president|vice|chief|founder|co-founder|cofounder|owner|partner|principal|director|manager|head|lead|leader|chair(?:man|woman|person)?|officer|executive|administrator|supervisor|coordinator|assistant|associate|consultant|advisor|adviser|specialist|engineer|architect|designer|planner|analyst|accountant|attorney|lawyer|counsel|solicitor|barrister|paralegal|secretary|treasurer|agent|broker|realtor|representative|rep|buyer|estimator|superintendent|foreman|technician|developer|producer|editor|strategist|recruiter|controller|bookkeeper|dentist|hygienist|physician|nurse|pharmacist|chef|sommelier|coach|trainer|teacher|professor|pastor|priest|minister|rabbi|researcher|scientist|intern|licensee|proprietor|publican|landlord",
  // en: "-master" and "-keeper" trades written as one word (marinas, breweries, schools, grounds): "Dockmaster, …"
  "dockmaster|harbou?rmaster|brewmaster|headmaster|headmistress|postmaster|quartermaster|yardmaster|stationmaster|webmaster|groundskeeper|greenkeeper",
];

/** Words that make a line a job title (en, fr, es, de, it, pt, nl, sv, da, nb, fi, pl, cs, sk, hr, tr, ru, uk, hu, vi, id, th). */
export const TITLE_WORDS_RE = new RegExp(
  "(?:^|[\\s,/&(-])(?:" +
    [
      ...EN_TITLE_WORDS,
      // fr executive acronyms: PDG (président-directeur général), DAF (directeur administratif et financier), DRH, DSI, DGA
      "pdg|daf|drh|dsi|dga",
      // de medical professions, a practice's signature title: Zahnarzt, Fachärztin für Allgemeinmedizin, Tierärztin
      "(?:zahn|fach|tier|haus|kinder)?(?:arzt|ärztin)",
      "directeur|directrice|(?:co-?)?gérant(?:e)?|co-?fondat(?:eur|rice)|responsable|chef de|chargée?|conseill(?:er|ère)|coordonnat(?:eur|rice)|coordinat(?:eur|rice)|planificat(?:eur|rice)|ingénieur|associée?|fondat(?:eur|rice)|présidente?|adjointe?|avocate?|notaire|comptable|gestionnaire|agente?|courti(?:er|ère)|propriétaire|architecte|décorat(?:eur|rice)|clerc|infirmi(?:er|ère)|médecin|pharmacien(?:ne)?|commerciale?|technicien(?:ne)?|secrétaire|assistante?|stagiaire|cheffe",
      "director(?:a)?|gerente|jef(?:e|a)|president[ae]|titular|farmacéutic[oa]|(?:co)?fundador(?:a)?|socio|socia|coordinador(?:a)?|encargad[oa]|asesor(?:a)?|abogad[oa]|ingenier[oa]|propietari[oa]|dueñ[oa]|administrador(?:a)?|arquitect[oa]|diseñador(?:a)?|contador(?:a)?|secretari[oa]|técnic[oa]|vendedor(?:a)?|ejecutiv[oa]|analista|consultor(?:a)?|médic[oa]|enfermer[oa]",
      "geschäftsführer(?:in)?|(?:mit)?inhaber(?:in)?|teilhaber(?:in)?|mitgründer(?:in)?|partnerin|leiter(?:in)?|projektleiter(?:in)?|vertriebsleiter(?:in)?|abteilungsleiter(?:in)?|vorstand|prokurist(?:in)?|berater(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|ingenieur(?:in)?|architekt(?:in)?|einkäufer(?:in)?|assistent(?:in)?|teamleiter(?:in)?|gründer(?:in)?|rechtsanwalt|rechtsanwältin|steuerberater(?:in)?",
      // de gender-neutral heads ("Institutsleitung", "Schulleitung"); a listed few: "Bauleitung" also names firms
      "(?:instituts|schul|praxis|kita|büro|team|projekt|abteilungs|bereichs|geschäfts|filial|verkaufs|vertriebs|einkaufs|kanzlei|studio|betriebs)leitung",
      "direttore|direttrice|responsabile|(?:con)?titolare|co-?fondat(?:ore|rice)|soci[oa]|proprietari[oa]|amministratore|consulente|architetto|ingegnere|geometra|commerciale|segretari[oa]|diretor(?:a)?|sócio|sócia|proprietário|arquitet[oa]|engenheir[oa]|eigenaar|bedrijfsleider|oprichter|adviseur|medewerker|verkoper|inkoper|projectleider|hoofd|voorzitter|bestuurder|zaakvoerder|coordenador(?:a)?|gestor(?:a)?|responsável|enfermeir[oa]|chefe",
      "部長|課長|社長|取締役|代表|担当|主任|係長|マネージャー",
      // nl: Hoofd (Facilitaire Dienst), Teamleider
      "teamleider|accountmanager|praktijkhouder|praktijkeigenaar", // nl: a practice's holder
      // nl/be: a head written as one word with what they head (Afdelingshoofd, Diensthoofd, Departementshoofd)
      "(?:afdelings|dienst|departements|sectie|team|project)hoofd",
      // A law firm's own profession (a lawyer's signature title: "Advocaat | Partner"): en advocate, nl advocaat/notaris,
      // it avvocato/-a, pt advogado/-a, sv/da/nb advokat, pl adwokat, tr avukat, hu ügyvéd, de Notar(in)
      "advocate|advocaat|notaris|avvocat[oa]|advogad[oa]|advokat|adwokat|avukat|ügyvéd|notar(?:in)?",
      // A practice's own profession: physiotherapist in en, de, nl/da, fr, es/pt, it, pl, cs, fi
      "physiotherapist|physiotherapeut(?:in)?|fysiotherapeut|fysioterapeut|kinésithérapeute|fisioterapeuta|fisioterapista|fizjoterapeut(?:k?a)?|fyzioterapeut(?:ka)?|fysioterapeutti",
      // sv: VD, Inköpare, Projektledare · da/nb: Direktør, Daglig leder, Indehaver, Rådgiver · fi: Johtaja, Omistaja
      "vd|verkställande direktör|direktör|ägare|grundare|delägare|säljare|inköpare|ingenjör|ansvarig|handläggare|samordnare",
      // An association's board (sv Brf/förening, da/nb forening/borettslag, de Verein): Ordförande, Kassör, Formand, Vorsitzende
      "ordförande|kassör|styrelseledamot|formand|formann|styreleder|kasserer|vorsitzender?",
      "direktør|adm\\. direktør|administrerende direktør|daglig leder|leder|sjef|indehaver|innehaver|ejer|eier|rådgiver|konsulent|sælger|selger|indkøber|innkjøper|ingeniør|ansvarlig|medarbejder",
      // fi also isännöitsijä (a housing company's property manager), puheenjohtaja (chair)
      "johtaja|toimitusjohtaja|päällikkö|asiantuntija|omistaja|yrittäjä|insinööri|suunnittelija|konsultti|myyjä|ostaja|isännöitsijä|puheenjohtaja",
      // pl: Kierownik Zakupów, Dyrektor, Prezes, Właściciel · cs/sk: Ředitel, Jednatel, Vedoucí, Vedúci/Vedúca (sk f.)
      "kierownik|kierowniczka|dyrektor|prezes|wiceprezes|(?:współ)?właściciel(?:ka)?|wspólni(?:k|czka)|specjalist(?:a|ka)|menedżer|menadżer|handlowiec|przedstawiciel(?:ka)?|inżynier|konsultant(?:ka)?|doradca|zastępca|koordynator(?:ka)?|asystent(?:ka)?|księgow[ay]|założyciel(?:ka)?|prokurent",
      "správce|správkyně|referent(?:ka)?|ředitel(?:ka)?|jednatel(?:ka)?|vedoucí|manažer(?:ka)?|(?:spolu)?majitel(?:ka)?|spoluzakladatel(?:ka)?|specialist(?:a|ka)|konzultant(?:ka)?|inženýr|obchodník|obchodní zástupce|nákupčí|riaditeľ(?:ka)?|konateľ(?:ka)?|vedúc[ia]|majiteľ(?:ka)?",
      // tr: Genel Müdür, Satın Alma Müdürü, Uzman · hu: Ügyvezető, Igazgató
      "müdür|müdürü|yönetici|uzman|sahibi|kurucu|mühendis|danışman|temsilci|başkan|başkanı|sorumlu|sorumlusu|koordinatör",
      "igazgató|ügyvezető|vezető|tulajdonos|mérnök|tanácsadó|értékesítő",
      // hr/bs/sr/sl: Direktorica, Voditelj nabave, Vlasnik · vi: Giám đốc, Trưởng phòng, Quản lý · id/ms: Direktur,
      // Manajer, Kepala, Pemilik
      "direktor(?:ica)?|voditelj(?:ica)?|vlasni(?:k|ca)|savjetni(?:k|ca)|rukovoditelj(?:ica)?|menadžer(?:ica)?|giám đốc|trưởng phòng|trưởng|quản lý|chuyên viên|kỹ sư|kế toán|direktur|manajer|kepala|pemilik|pengurus",
      // ru/uk: Директор, Менеджер, Руководитель отдела, Начальник; uk feminine forms: директорка, керівниця, власниця
      "директор(?:ка)?|менеджер(?:ка)?|руководитель|начальник|специалист|инженер|владелец|бухгалтер(?:ка)?|керівни(?:к|ця)|власни(?:к|ця)",
      // Compounds: sv/da/nb "Inköpschef", "Salgssjef", "Prosjektleder", fi "Myyntipäällikkö", "Toimitusjohtaja"
      "[a-zà-ÿ]{3,}(?:chef|sjef|ledare|leder|ansvarig|ansvarlig|johtaja|päällikkö)",
      // he: מנהל/ת, מעצב/ת, יועץ/ת, מהנדס/ת, מנכ"ל, סמנכ"ל, בעלים, שותף/ה, רכז/ת, אדריכל/ית, מזכיר/ה
      'מנהל(?:ת)?|מעצב(?:ת)?|יוע(?:ץ|צת)|מהנדס(?:ת)?|מנכ["״]ל(?:ית)?|סמנכ["״]ל(?:ית)?|בעלים|שות(?:ף|פה)|רכז(?:ת)?|אדריכל(?:ית)?|מזכיר(?:ה)?',
      // ar: مدير/ة, رئيس, مهندس/ة, مستشار/ة, مسؤول/ة, مالك, مؤسس, أخصائي, منسق (with or without the article ال)
      "(?:ال)?(?:مدير|مديرة|رئيس|مهندس|مهندسة|مستشار|مستشارة|مسؤول|مسؤولة|مالك|مؤسس|أخصائي|منسق|منسقة)",
      // el: Διευθυντής/-ύντρια, Υπεύθυνος/-η, Πρόεδρος, Μηχανικός, Σύμβουλος, Ιδιοκτήτης/-τρια, Προϊστάμενος/-η
      "διευθυντής|διευθύντρια|υπεύθυνος|υπεύθυνη|πρόεδρος|μηχανικός|σύμβουλος|ιδιοκτήτης|ιδιοκτήτρια|προϊστάμενος|προϊσταμένη|διαχειριστής",
      // th titles, written against their department ("ผู้จัดการฝ่ายจัดซื้อ": manager, purchasing)
      "[\\u0e00-\\u0e7f]*(?:ผู้จัดการ|ผู้อำนวยการ|กรรมการ|เจ้าของ|หัวหน้า|วิศวกร|ที่ปรึกษา|ผู้ช่วย)[\\u0e00-\\u0e7f]*",
      // ja/zh/ko titles, written against the department without a space ("営業部長", "销售经理", "영업팀장"); heads of a
      // hotel, clinic, school or plant (ja 支配人, 院長, 校長, 工場長; zh 店长, 院长, 厂长 in simplified script); ja 合同会社's
      // representative and executive members (代表社員, 業務執行社員); professions a firm's member writes as the title (ja
      // 弁護士 lawyer, 税理士 tax accountant, 公認会計士 CPA, 司法書士/行政書士 scriveners, 弁理士 patent attorney, 医師
      // physician, "パートナー弁護士"; zh 律师 lawyer, 会计师 accountant)
      "[\\u3040-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7af]*(?:代表社員|業務執行社員|弁護士|税理士|公認会計士|司法書士|行政書士|弁理士|医師|パートナー|律师|会计师|[部課社係次室所店会院園校場館]長|[部科处室所店院校厂场馆]长|支配人|取締役|代表|担当|主任|専務|常務|執行役員|マネージャー|リーダー|ディレクター|エンジニア|コンサルタント|[经經]理|[总總](?:监|監|裁)|主管|董事[长長]|工程[师師]|[顾顧][问問]|[부과팀사차실원소점]장|대표|이사|대리|매니저|[상전]무|주임|선임|책임|수석|실장)",
      // ja/ko jobs written as loanwords (studios, agencies, buyers): ja プロデューサー, デザイナー, バイヤー, プランナー,
      // コーディネーター; ko 프로듀서 (producer), 디자이너, 디렉터, 바이어, 엔지니어, 컨설턴트, 매니저's kin 코디네이터, 플래너
      "プロデューサー|デザイナー|バイヤー|プランナー|コーディネーター|프로듀서|디자이너|디렉터|바이어|엔지니어|컨설턴트|코디네이터|플래너",
    ].join("|") +
    ")(?=$|[\\s,./&)-])",
  "i",
);

/**
 * Compound titles (nl, de, hu): "Vastgoedbeheerder", "Vertriebsleiterin", "Projectleider", "irodavezető"; de
 * "Objektbetreuerin", "Kundenbetreuer", "Hausverwalterin", "Industriekauffrau", "Teamassistentin", "Schadensachbearbeiter";
 * a de trade's master ("Tischlermeister", "Elektromeisterin"); hu "-igazgató" ("orvosigazgató", "műszaki igazgató").
 */
// The suffix is looked for first and the three letters before it by lookbehind: a third cheaper than "\p{L}{3,}…".
export const COMPOUND_TITLE_RE =
  /(?<=\p{L}{3})(?:vezető|beheerder|leider|leidster|manager|managerin|leiter|leiterin|berater|beraterin|führer|führerin|directeur|adviseur|meester|inhaber|inhaberin|planer|planerin|referent|referentin|chef|chefin|sjef|betreuer|betreuerin|verwalter|verwalterin|kaufmann|kauffrau|assistent|assistentin|sachbearbeiter|sachbearbeiterin|disponent|disponentin|koordinator|koordinatorin|meister|meisterin|igazgató)(?![\p{L}\d])/iu;

/** Text holding a job-title word or a compound title: "Director", "inkoopmanager", "Leiterin Einkauf" (e-mail and cards). */
export function hasTitleWord(s: string): boolean {
  return TITLE_WORDS_RE.test(s) || COMPOUND_TITLE_RE.test(s);
}

/** Words that qualify an English title without being one ("Senior", "Project", "General"). */
const EN_QUALIFIERS = new Set(
  "senior junior sr sr. jr jr. chief deputy acting interim general managing project account key regional national global area group associate assistant lead principal executive office store site field and & of the".split(
    " ",
  ),
);
const EN_TITLE_WORD_RE = new RegExp(`^(?:${EN_TITLE_WORDS.join("|")})s?$`, "i");

/** "Owner", "Project Manager", "Senior Sales Director": a title all of whose words are English title words. */
export function isEnglishTitle(s: string, isDepartmentWord: (w: string) => boolean): boolean {
  const words = s
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  return (
    words.length > 0 &&
    words.some((w) => EN_TITLE_WORD_RE.test(w)) &&
    words.every((w) => EN_TITLE_WORD_RE.test(w) || EN_QUALIFIERS.has(w) || isDepartmentWord(w))
  );
}
