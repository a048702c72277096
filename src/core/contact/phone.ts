// Phone numbers: find them in text and write them in E.164, via libphonenumber-js (min metadata).
import {
  findPhoneNumbersInText,
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from "libphonenumber-js/min";

/**
 * libphonenumber's reading of `raw` in `region` (or its error, thrown again), kept: one message's numbers are read at
 * several places (its signature, each region its cues name, the rank of each), and a reading is not cheap. Cleared at
 * the start of each e-mail's extraction (forgetParsedPhones), and whenever it grows past a few hundred.
 */
const parsed = new Map<string, { p?: PhoneNumber; failed?: true; error?: unknown }>();
function parsePhone(raw: string, region?: string): PhoneNumber | undefined {
  const key = `${region === undefined ? "-" : `+${region}`}\u0000${raw}`;
  let r = parsed.get(key);
  if (!r) {
    if (parsed.size > 500) parsed.clear();
    try {
      const p =
        region === undefined
          ? parsePhoneNumberFromString(raw)
          : parsePhoneNumberFromString(raw, region as CountryCode);
      r = { p };
    } catch (error) {
      r = { failed: true, error };
    }
    parsed.set(key, r);
  }
  if (r.failed) throw r.error;
  return r.p;
}

/** Forgets the numbers read so far (so that e-mails never share them). */
export function forgetParsedPhones(): void {
  parsed.clear();
}

export interface FoundPhone {
  /** E.164 */
  e164: string;
  /** The text as written. */
  raw: string;
  start: number;
  end: number;
}

/** Every valid number in `text`, numbers without a country code read in `region`. */
export function findPhones(text: string, region: string): FoundPhone[] {
  try {
    return findPhoneNumbersInText(text, {
      defaultCountry: region as CountryCode,
      extended: false,
    } as never).map((m) => ({
      e164: m.number.number,
      raw: text.slice(m.startsAt, m.endsAt),
      start: m.startsAt,
      end: m.endsAt,
    }));
  } catch {
    return [];
  }
}

/** One number written alone (a card line, a header value) to E.164, or undefined when it is not valid. */
export function toE164(raw: string, region: string): string | undefined {
  try {
    const p = parsePhone(raw, region);
    return p && p.isValid() ? p.number : undefined;
  } catch {
    return undefined;
  }
}

/** True for a number its country lists as a mobile (not one that may be either, as +1 numbers are). */
export function isMobileNumber(e164: string): boolean {
  try {
    return parsePhone(e164)?.getType() === "MOBILE";
  } catch {
    return false;
  }
}

/** True for toll-free numbers (800, 888, 0800 …), which never beat a lead's own number. */
export function isTollFree(e164: string): boolean {
  try {
    return parsePhone(e164)?.getType() === "TOLL_FREE" || /^\+1(800|888|877|866|855|844|833)/.test(e164);
  } catch {
    return false;
  }
}

/**
 * One number written alone to E.164, also accepting numbers that only have a possible length (e.g. the
 * UK's 07700 900xxx drama range, missing from the min metadata); `valid` says whether metadata knew it.
 */
export function toE164Possible(raw: string, region: string): { e164: string; valid: boolean } | undefined {
  try {
    const p = parsePhone(raw, region);
    if (!p || !p.isPossible()) return undefined;
    return { e164: p.number, valid: p.isValid() };
  } catch {
    return undefined;
  }
}

/** A date ("04/30/2025", "2025-04-30", "30.04.2025") or a time ("09:12 AM"): digits that are never a number to call. */
const DATE_IN_RE =
  /\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\b|\b(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\b|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/;

/** `raw` is (or holds) a date, or runs into a time of day (`after` the match is ":12"). */
function isDateOrTime(raw: string, after: string): boolean {
  return DATE_IN_RE.test(raw.trim()) || /^:\d\d/.test(after);
}

const CANDIDATE_RE = /(?:\+|\(|\b)\(?\d[\d\s().\u00a0\u2010-\u2015/-]{5,20}\d\b/g;

/**
 * Phone-like sequences in `text` to E.164: valid numbers, plus numbers of a possible length with at least
 * ten digits (reserved fictional ranges such as UK 07700 900xxx are "possible" but not "valid").
 * Extensions are dropped; numbers inside longer digit runs (dates, ids) are skipped.
 */
export function findPhoneCandidates(text: string, region: string): FoundPhone[] {
  const out: FoundPhone[] = [];
  let m: RegExpExecArray | null;
  CANDIDATE_RE.lastIndex = 0;
  // "07700 900233 / 029 2018 0455": a slash with spaces round it between digits separates two numbers (a mobile and
  // a landline on one signature line, every client); it is read as a stop, the text keeping its length.
  const scan = text.includes(" /")
    ? text.replace(/(?<=\d)\s+\/\s+(?=[+(\d])/g, (s) => s.replace("/", ";"))
    : text;
  while ((m = CANDIDATE_RE.exec(scan))) {
    const raw = m[0].replace(/[\s(.-]+$/, "").replace(/[\u2010-\u2015]/g, "-");
    const digits = raw.replace(/\D/g, "");
    if (digits.length < 7 || digits.length > 15) continue;
    if (isDateOrTime(raw, text.slice(m.index + raw.length, m.index + raw.length + 3))) continue;
    try {
      const p = parsePhone(raw, region);
      if (!p) continue;
      if (!(p.isValid() || (p.isPossible() && p.nationalNumber.length >= 10))) continue;
      // A North American number never starts with 0 or 1 ("0491 570 110" is not +1 049…).
      if (!p.isValid() && p.countryCallingCode === "1" && /^[01]/.test(p.nationalNumber)) continue;
      if (!out.some((f) => f.e164 === p.number))
        out.push({ e164: p.number, raw, start: m.index, end: m.index + raw.length });
    } catch {
      /* not a number */
    }
  }
  return out;
}

/** The region a country calling code belongs to (+44 -> GB), or undefined. */
export function regionOf(e164: string): string | undefined {
  try {
    const p = parsePhone(e164);
    // A number of a reserved range (the UK's 01632 960xxx, 07700 900xxx drama numbers) has no country of its own:
    // its calling code's main one.
    return p?.country ?? (p?.countryCallingCode ? regionOfCode(p.countryCallingCode) : undefined);
  } catch {
    return undefined;
  }
}

/** The main region of a calling code ("49" -> DE, "44" -> GB, "1" -> US), or undefined. */
export function regionOfCode(code: string): string | undefined {
  try {
    return parsePhone(`+${code}`)?.country ?? MAIN_REGION[code] ?? firstRegionOf(code);
  } catch {
    return undefined;
  }
}

/** Calling codes shared by several regions: the one their numbers are usually read in. */
const MAIN_REGION: Record<string, string> = { "1": "US", "44": "GB", "7": "RU", "61": "AU", "39": "IT" };

function firstRegionOf(code: string): string | undefined {
  return getCountries().find((c) => getCountryCallingCode(c) === code);
}
