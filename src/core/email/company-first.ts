// A company written before the title: en "Acme's COO", tr "Ekin Tekstil A.Ş.'de Müdür", zh/ja/ko "X的/の/의 title".
import { TITLE_WORDS_RE } from "../contact/roles";
import { isTitle } from "./title-aside";
import type { ContactDetails } from "./signature";

/** "Sam Lee, Northwind Dental's new head of operations" / "(Acme's COO)": the company owns the title. */
const POSSESSIVE_RE =
  /^[\s,(—–-]*(?:(?:who|she|he|they)(?:'s|’s| is| are)\s+|is\s+)?((?:[\p{Lu}\d][\p{L}\d&.'’-]*\s+){0,4}[\p{Lu}\d][\p{L}\d&.-]*)['’]s\s+(?:new\s+)?([\p{L}][\p{L} ,&/-]{1,40}?)\s*(?=[.;)!?]|,\s|$)/u;

export function possessive(sentence: string): ContactDetails | undefined {
  const m = POSSESSIVE_RE.exec(sentence);
  if (!m || !TITLE_WORDS_RE.test(m[2]) || m[2].split(/\s+/).length > 6) return undefined;
  return { company: m[1].trim(), title: m[2].trim() };
}

/**
 * Languages that put the company before the title with a suffix or particle, right after the name: tr "Elif Hanım,
 * Ekin Tekstil A.Ş.'de Satın Alma Müdürü" (locative -de/-da/-te/-ta, after an optional Hanım/Bey), zh "…，华东机电有限公司的
 * 销售经理", ja "…、山田工業株式会社の営業部長", ko "…, 한빛상사의 영업팀장".
 */
const POSTPOSED_RES: RegExp[] = [
  /* tr */ /^\s*(?:Hanım|Hanim|Bey)?\s*,\s*((?:[\p{Lu}\d][\p{L}\d&.-]*\s+){0,5}[\p{Lu}\d][\p{L}\d&.-]*)['’](?:de|da|te|ta|nde|nda)\s+([^;,.!?]{2,50}?)\s*(?=[;,.!?]|$)/u,
  /* zh, ja, ko */ /^[\s,，、]*([^\s,，、。；;的の의]{2,30})\s?[的の의]\s?([^\s,，、。；;！!]{2,20}?)\s*(?=[,，、。；;！!]|$)/u,
];

export function postposed(sentence: string): ContactDetails | undefined {
  for (const re of POSTPOSED_RES) {
    const m = re.exec(sentence);
    if (m && isTitle(m[2].trim())) return { company: m[1].trim(), title: m[2].trim() };
  }
  return undefined;
}
