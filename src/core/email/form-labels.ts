// Contact-form field labels, by field, in the languages forms are written in.

/** Contact-form field labels, by field, in the languages forms are written in. */
export const FORM_FIELDS: {
  field: "name" | "first" | "last" | "email" | "phone" | "company" | "title" | "website";
  re: RegExp;
}[] = [
  {
    field: "name",
    // Scheduling and marketplace notices name the person by role: "Invitee" (Calendly), "Customer", "Client".
    // Contact blocks pasted from Nordic/Polish/Czech card apps: fi "Nimi", sv "Namn", nb/da "Navn", pl "Imię i nazwisko",
    // cs "Jméno (a příjmení)". el "Όνομα", "Ονοματεπώνυμο" (booking and contact-form notices written in Greek).
    // Booking notices name the guest: nl "Gastnaam", de "Gastname", es "Nombre del huésped", it "Nome dell'ospite".
    // Trade marketplaces' enquiries name the customer: pl/cs/sk "Klient", pl "Klientka"; sv "Kund" (booking tools).
    // Live-chat transcripts' summary names the visitor: en "Visitor (name)", sv "Besökare", de "Besucher(in)", fr
    // "Visiteur", es/pt "Visitante", nl "Bezoeker", it "Visitatore", fi "Vierailija", nb/da "Besøkende/Besøgende".
    // pt "Nome completo" (pt-BR/pt-PT forms and lead-ad keys "nome_completo"). The "first and last name" question of
    // form builders (Google Forms, Jotform, Typeform): it "Nome e cognome", fr "Prénom et nom"/"Nom et prénom", es
    // "Nombre y apellido(s)", pt "Nome e sobrenome", nl "Voor- en achternaam". Booking tools name the one booked: the
    // patient (Doctolib, Jameda, Zocdoc: en/fr "Patient(e)", de "Patient(in)", es "Paciente", it "Paziente", nl
    // "Patiënt"), the guest (OpenTable, TheFork: it "Ospite", es "Huésped", fr "Invité(e)", pt "Hóspede", de "Gast",
    // nl "Gast"); marketplaces the one who posted the job (MyHammer, Blauarbeit: de "Auftraggeber(in)").
    re: /^(?:nome e cognome|pr[ée]nom et nom|nom et pr[ée]nom|nombre y apellidos?|nome e sobrenome|voor- en achternaam|patient(?:e|in)?|paciente|paziente|patiënt|ospite|huésped|invitée?|hóspede|gast|auftraggeber(?:in)?|visitor(?: name)?|besökare|besucher(?:in)?|visiteur|visitante|bezoeker|visitatore|vierailija|besøkende|besøgende|full name|your name|name|nom(?: complet)?|gastnaam|gastname|name des gastes|nombre del huésped|nome dell['’]ospite|nombre(?: completo)?|nome(?: completo)?|naam|vor- und nachname|contact name|お?名前|氏名|(?:invitee|guest|customer|client|requester|lead)(?: name)?|requested by|kunde|kundenname|nom du client|nombre del cliente|cliente|nimi|namn|navn|imię i nazwisko|jméno(?: a příjmení)?|όνομα|ονοματεπώνυμο|klient(?:ka)?|kund)$/i,
  },
  // Who fills in a form for a child (enrolment, music school, clinic, camp: Typeform, Google Forms, Jotform) and who
  // asks for a quote through a directory: the parent or guardian, the requester. en "Parent / guardian", da
  // "Forælder / værge", nb "Foresatt", sv "Vårdnadshavare", de "Erziehungsberechtigte(r)", nl "Ouder / verzorger", fr
  // "Parent / tuteur", it "Genitore"; cs "Zadavatel", "Objednatel", "Kontaktní osoba", sk "Zadávateľ", de
  // "Ansprechpartner(in)", en "Contact person".
  {
    field: "name",
    re: /^(?:parent(?:'s)?(?: name)?|parent\s*(?:\/|or)\s*guardian(?:'s)?(?: name)?|guardian(?:'s)? name|forælder(?:\s*\/\s*værge)?|foresatt|vårdnadshavare|erziehungsberechtigte[rn]?|ouder\s*\/\s*verzorger|parent\s*\/\s*tuteur|genitore|zadavatel|objednatel|kontaktní osoba|zadávateľ|ansprechpartner(?:in)?|contact person)$/i,
  },
  // An answering service's message slip names who rang: en "Caller", de "Anrufer(in)", fr "Appelant(e)", nl "Beller",
  // it "Chiamante", es "Llamante". A booking tool's "booked by" block (the one who booked, not the participant): en
  // "Booked by", de "Gebucht von", fr "Réservé par", es "Reservado por", it "Prenotato da", nl "Geboekt door", sv "Bokad
  // av", da "Booket af", pt "Reservado por".
  {
    field: "name",
    re: /^(?:caller(?:'s)?(?: name)?|anrufer(?:in)?|appelant(?:e)?|beller|chiamante|llamante|booked by|gebucht von|réservé par|reservado por|prenotato da|geboekt door|bokad av|booket af)$/i,
  },
  // Booking tools' and site builders' forms written right-to-left or in other scripts: ar "الاسم" (the name), "الاسم
  // الكامل", "اسم العميل" (customer's name); he "שם", "שם מלא"; tr "Ad Soyad", "Adı Soyadı", "İsim"; ko "이름", "성함".
  {
    field: "name",
    re: /^(?:الاسم(?: الكامل)?|اسم العميل|שם(?: מלא| הלקוח)?|ad[ıi]? soyad[ıi]?|i̇sim|isim|이름|성함|고객명)$/iu,
  },
  // zh site chats and forms: "访客" / "訪客" (visitor), "姓名", "联系人" / "聯絡人" (contact person), "称呼"; "邮箱" /
  // "郵箱" / "电子邮件" (e-mail); "电话" / "手机" / "联系电话" (phone); ko "연락처" (contact number), "휴대전화", "핸드폰".
  { field: "name", re: /^(?:访客|訪客|姓名|联系人|聯絡人|称呼|稱呼|客户姓名|客戶姓名)$/u },
  { field: "email", re: /^(?:邮箱|郵箱|电子邮件|電子郵件|电子邮箱|電子郵箱|电邮|電郵)$/u },
  { field: "phone", re: /^(?:电话|手机|手機|联系电话|聯絡電話|手机号码?|手機號碼|연락처|휴대전화|핸드폰)$/u },
  // zh booking tools name the one who booked (and pays) "預約人" / "预约人", "訂購人" / "订购人", "訂位人" / "订位人",
  // and label their details with that word before the field ("預約人電話", "預約人 Email"); the guest they book for
  // ("到店貴賓") is no label here. zh-TW "(電子)信箱" is the e-mail.
  { field: "name", re: /^(?:預約人|预约人|訂購人|订购人|訂位人|订位人)(?:姓名)?$/u },
  {
    field: "phone",
    re: /^(?:預約人|预约人|訂購人|订购人|訂位人|订位人)\s*(?:電話|电话|手機|手机|聯絡電話|联系电话)$/u,
  },
  {
    field: "email",
    re: /^(?:(?:預約人|预约人|訂購人|订购人|訂位人|订位人)\s*)?(?:e-?mail|電子信箱|信箱|邮箱|郵箱|電子郵件|电子邮件)$/iu,
  },
  // First and last name asked apart: nl "Voornaam"/"Achternaam", sv "Förnamn"/"Efternamn", pl "Imię"/"Nazwisko",
  // it "Cognome" (beside "Nome"), pt-PT "Apelido", cs "Příjmení" (WordPress, Typeform and site builders' forms).
  {
    field: "first",
    re: /^(?:first name|given name|prénom|vorname|nombre de pila|primeiro nome|voornaam|förnamn|imię)$/i,
  },
  {
    field: "last",
    re: /^(?:last name|surname|family name|nom de famille|nachname|apellidos?|sobrenome|cognome|achternaam|efternamn|nazwisko|apelido|příjmení)$/i,
  },
  {
    field: "email",
    // fi "Sähköposti", sv/nb "E-post", ja "メールアドレス".
    re: /^(?:(?:invitee|guest|customer|client|contact|work|business) )?(?:e-?mail(?: address)?|your e-?mail|courriel|adresse (?:e-?mail|courriel)|correo(?: electrónico)?|e-?mail-adresse|sähköposti|e-?post|メール(?:アドレス)?)$/i,
  },
  {
    field: "phone",
    // An answering service's message slip: "Callback #", "Call back number", "Number" (en).
    // fi "Puh", "Puhelin", GSM (fi, be, nl), nl "Telefoon", "Mobiel", pl "Kom.", de/sv/nb "Mobil".
    // el "Τηλέφωνο", "Τηλ.", "Κινητό" (Greek booking and form notices). The slip's number to call back in other
    // languages: it "Numero da richiamare", es "Número para devolver la llamada", fr "Numéro à rappeler", de
    // "Rückrufnummer", pt "Número para retorno", nl "Terugbelnummer". The mobile by its own word: it "Cellulare", fr
    // "Portable", de "Handy", pt-PT "Telemóvel".
    re: /^(?:(?:invitee|guest|customer|client|contact) )?(?:call ?back(?: number| no\.?| #)?|numero da richiamare|número para devolver la llamada|numéro à rappeler|rückrufnummer|número para retorno|terugbelnummer|(?:caller |contact |best |return )?number|phone(?: number| no\.?| call| #)?|telephone|tel\.?|mobile(?: number)?|cell(?: phone)?|cellulare|portable|handy|telem[oó]vel|téléphone|tél\.?|telefon(?:nummer)?|handynummer|mobilnummer|teléfono|telefono|telefone|telefoon|mobiel|móvil|celular|電話(?:番号)?|携帯(?:電話)?(?:番号)?|puh(?:elin)?|gsm|kom\.?|mobil|τηλέφωνο|τηλ\.?|κινητό)$/i,
  },
  // Form builders' and lead ads' compound phone labels (HubSpot "Mobile Phone Number", Jotform es "Teléfono fijo" /
  // "Teléfono móvil", Meta lead ads pt "Número de telefone", fr "Numéro de téléphone", it "Numero di telefono", de
  // "Festnetz"): the kind of line is read from the label (a mobile beats the others).
  {
    field: "phone",
    re: /^(?:(?:mobile|cell|home|work|office|business) phone(?: number)?|(?:teléfono|telefone|telefono|téléphone) (?:fijo|fixo|fisso|fixe|móvil|movil|celular|cellulare|portable|mobile)|número de (?:telefone|teléfono|celular|móvil|whatsapp)|numéro de (?:téléphone|portable|mobile)|numero di (?:telefono|cellulare)|festnetz(?:nummer)?)$/i,
  },
  // ar "البريد الإلكتروني", he "דוא״ל" / "אימייל", tr "E-posta", ko "이메일"; ar "الهاتف", "رقم الهاتف", "الجوال" (mobile),
  // he "טלפון", "נייד" (mobile), tr "Cep", "Cep telefonu", ko "전화번호", "휴대폰" (same booking and form notices).
  { field: "email", re: /^(?:البريد الإلكتروني|البريد|דוא["״׳']?ל|אימייל|e-?posta|이메일)$/iu },
  {
    field: "phone",
    re: /^(?:(?:رقم )?(?:الهاتف|الجوال)|טלפון|נייד|cep(?: telefonu)?|전화(?:번호)?|휴대폰(?: 번호)?)$/iu,
  },
  {
    field: "company",
    // fi "Yritys", sv "Företag"; el "Επιχείρηση" (business: a Greek site's form, copied into its acknowledgement).
    re: /^(?:company(?: name)?|organi[sz]ation(?: name)?|business(?: name)?|entreprise|société|nom de l['’]entreprise|firma|firmenname|unternehmen|empresa|nombre de la empresa|azienda|bedrijf|会社名?|貴社名|御社名|yritys|företag|εταιρεία|επωνυμία|επιχείρηση)$/i,
  },
  {
    field: "title",
    // fi "Titteli", "Tehtävä"; sv "Titel", "Befattning", "Roll"; pl "Stanowisko"; nl "Functie(titel)" (Salesforce,
    // HubSpot, Dynamics CRM notices in Dutch); de "Jobtitel", "Berufsbezeichnung"; it "Qualifica", "Mansione"; pt
    // "Função"; fr "Intitulé du poste".
    // A scheduler's question "Your role" (Calendly, Acuity, own questions); ja "役職".
    re: /^(?:job title|title|position|role|your (?:role|title|position|job title)|poste|intitulé du poste|fonction|cargo|puesto|funktion|jobtitel|berufsbezeichnung|ruolo|qualifica|mansione|função|functie(?:titel)?|titteli|tehtävä|titel|befattning|roll|stanowisko|役職)$/i,
  },
  // Answering services', booking tools' and site forms' slips in Cyrillic and Chinese: uk "Ім'я", "ПІБ", "Телефонував(ла)"
  // (who rang), "Абонент"; ru "Имя", "ФИО", "Звонил(а)", "Звонивший"; zh "姓名", "聯絡人"/"联系人", "來電者"/"来电人";
  // phones: uk/ru "Телефон", "Мобільний"/"Мобильный", "Номер для зворотного зв'язку"/"Номер для обратной связи"
  // (callback number); zh "電話"/"电话", "手機"/"手机"(號碼), "聯絡電話"/"联系电话"; uk/ru "Компанія"/"Компания",
  // "Організація"/"Организация", zh "公司"(名稱/名称); uk "Електронна пошта", ru "Эл. почта", zh "電子郵件"/"电子邮件".
  {
    field: "name",
    re: /^(?:ім['’ʼ]я(?: та прізвище)?|піб|телефонува(?:в|ла)|абонент|имя(?: и фамилия)?|фио|звонил(?:а)?|звонивший|姓名|聯絡人|联系人|來電者|来电人)$/iu,
  },
  {
    field: "phone",
    re: /^(?:телефон|мобільний|мобильный|номер (?:для )?(?:зворотного зв['’ʼ]язку|обратной связи|передзвону)|電話|电话|手機(?:號碼)?|手机(?:号码)?|聯絡電話|联系电话)$/iu,
  },
  { field: "company", re: /^(?:компанія|компания|організація|организация|公司(?:名稱|名称)?)$/iu },
  { field: "email", re: /^(?:електронна пошта|эл\. почта|электронная почта|電子郵件|电子邮件)$/iu },
  // Thai site chats, booking tools and forms: "ชื่อ" (name), "ชื่อ-นามสกุล" (name and surname), "ชื่อผู้ติดต่อ" (contact
  // person); "อีเมล" / "อีเมล์"; "เบอร์โทรศัพท์", "เบอร์โทร", "โทรศัพท์", "มือถือ" (mobile); "บริษัท", "ชื่อบริษัท".
  { field: "name", re: /^(?:ชื่อ(?:[- ]?(?:นามสกุล|สกุล))?|ชื่อผู้ติดต่อ|ชื่อลูกค้า)$/u },
  { field: "email", re: /^(?:อีเมล์?)$/u },
  { field: "phone", re: /^(?:เบอร์โทร(?:ศัพท์)?|โทรศัพท์|(?:เบอร์)?มือถือ)$/u },
  { field: "company", re: /^(?:(?:ชื่อ)?บริษัท)$/u },
  // Property managers' tenant portals forward a tenant's repair request to a trade: the tenant is the one who asked.
  // en "Tenant", es/it/pt "Inquilino/a", fr "Locataire", de "Mieter(in)", nl "Huurder", sv "Hyresgäst", da "Lejer", nb
  // "Leietaker", pl "Najemca", cs "Nájemce", fi "Vuokralainen"; their details: es "Teléfono de contacto", "Correo del
  // inquilino", fr "Téléphone de contact", "Courriel du locataire", it "Telefono di contatto", pt "Telefone de contacto".
  {
    field: "name",
    re: /^(?:tenant(?:'s)?(?: name)?|inquilin[oa]|nombre del inquilino|locataire|nom du locataire|mieter(?:in)?|huurder|hyresgäst|lejer|leietaker|najemca|nájemce|vuokralainen)$/i,
  },
  {
    field: "email",
    re: /^(?:tenant(?:'s)? e-?mail|(?:correo|e-?mail|courriel)(?: electrónico)? (?:del|de la|du|dell['’])\s?(?:inquilin[oa]|locataire))$/i,
  },
  {
    field: "phone",
    re: /^(?:tenant(?:'s)? phone|teléfono de contacto|téléphone de contact|telefono di contatto|telefone de contacto|telefone para contato)$/i,
  },
  // Compound labels of WordPress form plugins (WPForms, Contact Form 7, Gravity Forms) in nl, sv, da/nb and fi:
  // "E-mailadres", "E-postadress", "E-mailadresse"; "Telefoonnummer", "Mobiel nummer"; "Bedrijfsnaam",
  // "Företagsnamn", "Firmanavn", "Yrityksen nimi".
  { field: "email", re: /^(?:e-?mailadres|e-?postadress|e-?mailadresse|e-?postadresse|sähköpostiosoite)$/i },
  { field: "phone", re: /^(?:telefoonnummer|mobiel nummer|mobielnummer|telefonnummer|puhelinnumero)$/i },
  { field: "company", re: /^(?:bedrijfsnaam|företagsnamn|firmanavn|virksomhed(?:snavn)?|yrityksen nimi)$/i },
  // Form builders' "Work email", "Company website"; a scheduler's "Location: Phone call: +1 …" (Calendly).
  {
    field: "website",
    re: /^(?:(?:company |business )?website(?: url)?|web site|site web|site|webseite|sitio web|url)$/i,
  },
];
