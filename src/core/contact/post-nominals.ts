// Post-nominal letters (degrees, licences, fellowships, generational suffixes): which words they are, and a name without them.
import { lettersNoWord, trailsCredential } from "./credential-run";

/**
 * Letters written after a name (degrees, licences, fellowships, generational suffixes), by field, as people
 * write them in signatures and on cards. Matched without case and dots ("Ph.D." = "PhD" = "PHD"), except the
 * ones that are also surnames or words (Ma, Do, Pe, Ba), which count only in capitals.
 */
const POSTNOMINAL_ANY_CASE = new Set(
  [
    // academic (en/de/fr/es): PhD, Ph.D., DPhil, EdD, PsyD, MSc, BSc, MBA, MPH, LLM, LLB, JD, M.Eng., Dipl.
    "phd dphil edd psyd dsc msc bsc mba emba mph mpa llm llb jd meng beng mfa bfa dipl",
    // medicine, dentistry, nursing, vets (US/UK/CA): MD, DO, DDS, DMD, OD, DVM, RN, RGN, NP, PA-C, FAAP, FACS, FRCS
    "md dds dmd dvm rn rgn bsn msn np pac faap facs facp frcs frcp mrcs mrcp frcpc ccc-slp lcsw lpc",
    // US/CA pharmacy, therapy, nursing, dental hygiene, dietetics, massage, lactation, social work: PharmD, BCPS, DPT,
    // OCS, MSN, APRN, FNP-BC, DNP, LPN, CNA, RDH, BSDH, RDHAP, RDN, CDE, LMT, IBCLC, MSW, LMFT, LAc, CSCS, OTR/L
    "pharmd bcps dpt ocs msn aprn fnp fnp-bc fnp-c agnp-c dnp lpn cna rdh bsdh rdhap rdn cde cdces lmt ibclc msw lmft lac cscs otr/l",
    // UK and Commonwealth medicine, dentistry, vets: BDS, MBBS, MBChB, MRCGP, MRCVS, BVSc, FDS
    "bds mbbs mbchb mrcgp mrcvs bvsc fds mfds dpm",
    // finance, law, accounting: CPA, CA, CFA, CFP, CFE, CMA, ChFC, CLU, EA, Esq., ACA, FCA, ACCA, CPA CA
    "cpa cfa cfp cfe cma chfc clu acca fca aca cga cima esq qc kc sc",
    // engineering, building, property, projects, HR: P.E., P.Eng., PMP, LEED AP, RA, AIA, RIBA, MRICS, FRICS, SHRM-CP, CIPD
    "peng pmp leed aia riba mrics frics ceng mice mimeche shrm-cp shrm-scp cipd mcipd six sigma cissp cisa cism ccna",
    // UK chartered institutes (procurement, building, marketing, management): MCIPS, FCIPS, MCIOB, MCIM, CMgr, MCMI
    "mcips fcips mciob fciob mcim fcim cmgr mcmi fcmi",
    // UK HR, insurance, logistics, arbitration, planning, engineering fellows and members: FCIPD, ACII, CMILT, FCIArb,
    // MRTPI, MIET, FRSA, FIoD; accountants' FCCA, ACMA, FCMA
    "fcipd acii fcii cmilt mcilt fcilt mciarb fciarb mrtpi frtpi miet fiet frsa miod fiod fcca acma fcma",
    // UK trade and professional bodies tradespeople sign with: MLA (locksmiths), MCIBSE/FCIBSE (building services),
    // MIStructE, MIMechE, MInstP, MCIAT, MBIID, MIOA, CEnv, MSLL (lighting), MIFireE
    "mla mcibse fcibse mistructe fistructe mimeche minstp mciat fciat mbiid mioa cenv msll mifiree",
    // UK degree class and university written after a degree: "BSc (Hons)", "MA (Oxon)", "MA (Cantab)", "MSc (Dist)"
    "(hons) (oxon) (cantab) (dist)",
    // Southern Africa: chartered accountants CA(SA), AGA(SA) (SAICA), CA(Z), CA(Nam); engineers Pr.Eng (ECSA)
    "ca(sa) aga(sa) ca(z) ca(nam) preng",
    // generational and the marks people put after a credential
    "jr sr ii iii iv ® ™",
  ]
    .join(" ")
    .split(" "),
);
/**
 * Post-nominals that are also names or words: only in capitals (MA, BA, MS, DO, PE, PA, RA, EA, AP, CA, RD, LD, PT, OT,
 * DC, ND); fi degrees (KTM business, DI engineering, FM arts/science, OTM law, YTM social sciences, KTT/TkT doctorates)
 * the same way.
 */
const POSTNOMINAL_CAPS = new Set(
  "MA BA MS DO PE P.E. PA RA EA AP CA OD CPA,CA RD LD PT OT DC ND KTM DI FM OTM YTM KTT TkT".split(" "),
);

/**
 * Québec professional orders, written in lower case after the name ("Geneviève Tremblay, ing."): ing. (ingénieur,
 * OIQ), arch. (architecte), urb. (urbaniste), and Adm.A.; as written only, so a surname "Ing" stays.
 */
const POSTNOMINAL_AS_WRITTEN = new Set("ing. ing arch. urb. Adm.A.".split(" "));

/** One written credential ("Ph.D.", "CFP®", "P.E.") is a post-nominal. */
function isPostNominalWord(word: string): boolean {
  const w = word.replace(/[®™]/g, "").trim();
  if (!w) return /[®™]/.test(word);
  if (POSTNOMINAL_AS_WRITTEN.has(w)) return true;
  if (POSTNOMINAL_CAPS.has(w) || POSTNOMINAL_CAPS.has(w.replace(/\./g, ""))) return true;
  return POSTNOMINAL_ANY_CASE.has(w.replace(/\./g, "").toLowerCase());
}

/** "CPA, CFE" / "MD, FAAP" / "Ph.D." / "P.E.": text made only of post-nominal letters. */
export function isPostNominals(text: string): boolean {
  const words = text
    .trim()
    .split(/[\s,/]+/)
    .filter(Boolean);
  return words.length > 0 && words.every(isPostNominalWord);
}

/**
 * Capitals after a name written in small letters ("Gareth Pryce MLA", "Ines Roth FRSA"): letters of a body the table
 * above does not know, when two words of the name come before them and they are three letters at most (a surname
 * written in capitals, "Jean-Baptiste MOREAU", "Maria Luisa ROSSI", is longer or has one word before it).
 */
function unknownLetters(word: string, before: string): boolean {
  const words = before.split(/\s+/);
  // Longer letters only when no surname reads so ("Aoife Byrne MIEI", credential-run.ts).
  return (
    (/^\p{Lu}{2,3}$/u.test(word) || lettersNoWord(word)) &&
    words.length >= 2 &&
    words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))
  );
}

/** "Dana Whitfield, Ph.D." / "Grace Okoye RGN" / "Olivia Grant, MD, FAAP" -> the name without the letters after it. */
export function stripPostNominals(name: string): string {
  let s = name.trim().replace(/[,\s]+$/, "");
  for (;;) {
    const m = /[\s,]+([^\s,]+)$/.exec(s);
    const rest = s.slice(0, m?.index).trim();
    const letters = isPostNominalWord(m?.[1] ?? "") || unknownLetters(m?.[1] ?? "", rest);
    if (!m || !rest || !(letters || trailsCredential(m[1], rest, isPostNominalWord))) return s;
    s = s.slice(0, m.index).trim();
  }
}
