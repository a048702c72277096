// Who is already in the ledger: same email; else same phone; else same name and company.
import { toE164 } from "../contact/phone";

/** Legal forms dropped before comparing company names ("Acme Inc." = "ACME"), by the countries they serve. */
const LEGAL_SUFFIXES = [
  "inc",
  "incorporated",
  "corp",
  "corporation",
  "co",
  "company",
  "llc",
  "llp",
  "lp",
  "ltd",
  "limited",
  "plc",
  "pllc", // en
  "pty",
  "pty ltd",
  "ulc",
  "lc", // au, ca
  "gmbh",
  "ag",
  "kg",
  "ug",
  "ev",
  "gbr",
  "mbh", // de, at, ch
  "sa",
  "sas",
  "sarl",
  "sasu",
  "eurl",
  "snc",
  "sci", // fr, be
  "srl",
  "spa",
  "sl",
  "slu",
  "sa de cv",
  "ltda",
  "cia", // it, es, latam
  "bv",
  "nv",
  "vof", // nl, be
  "ab",
  "as",
  "asa",
  "oy",
  "aps",
  "a s", // nordics
  "kk",
  "kabushiki kaisha", // jp
];

function fold(text: unknown): string {
  return String(text ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9\p{L}]+/gu, " ")
    .trim();
}

export function companyKey(company: unknown): string {
  let s = fold(company);
  let changed = true;
  while (changed && s) {
    changed = false;
    for (const suffix of LEGAL_SUFFIXES) {
      if (s.endsWith(" " + suffix)) {
        s = s.slice(0, -suffix.length - 1).trim();
        changed = true;
      }
    }
  }
  return s.replace(/^the /, "").replace(/\s+/g, " ");
}

export function nameKey(name: unknown): string {
  return fold(name).replace(/\s+/g, " ");
}

/** Every address in an Email cell (users may type two), lower-cased. */
export function emailKeys(value: unknown): string[] {
  return (
    String(value ?? "")
      .toLowerCase()
      .match(/[^\s,;<>"']+@[^\s,;<>"']+\.[a-z]{2,}/g) ?? []
  ).map((e) => e.replace(/\.$/, ""));
}

/** Phone numbers of a Phone cell as E.164 digits (typed numbers read in `region`). */
export function phoneKeys(value: unknown, region: string): string[] {
  const out: string[] = [];
  for (const part of String(value ?? "").split(/[,;/]|\bor\b/)) {
    const raw = part.trim();
    if (!/\d/.test(raw)) continue;
    const e164 = toE164(raw, region);
    const digits = (e164 ?? raw).replace(/\D/g, "");
    if (digits.length >= 7) out.push(digits);
  }
  return out;
}

export interface DedupeFields {
  email?: unknown;
  phone?: unknown;
  name?: unknown;
  company?: unknown;
}

export type MatchReason = "email" | "phone" | "name and company";

/** An index of the people in the ledger (and those added during this run), by each identifying key. */
export class DedupeIndex<T> {
  private byEmail = new Map<string, T>();
  private byPhone = new Map<string, T>();
  private byNameCompany = new Map<string, T>();

  constructor(private readonly region: string) {}

  add(fields: DedupeFields, item: T): void {
    for (const e of emailKeys(fields.email)) if (!this.byEmail.has(e)) this.byEmail.set(e, item);
    for (const p of phoneKeys(fields.phone, this.region)) if (!this.byPhone.has(p)) this.byPhone.set(p, item);
    const nc = this.nameCompany(fields);
    if (nc && !this.byNameCompany.has(nc)) this.byNameCompany.set(nc, item);
  }

  find(fields: DedupeFields): { item: T; reason: MatchReason } | undefined {
    for (const e of emailKeys(fields.email)) {
      const hit = this.byEmail.get(e);
      if (hit !== undefined) return { item: hit, reason: "email" };
    }
    for (const p of phoneKeys(fields.phone, this.region)) {
      const hit = this.byPhone.get(p);
      if (hit !== undefined) return { item: hit, reason: "phone" };
    }
    const nc = this.nameCompany(fields);
    const hit = nc ? this.byNameCompany.get(nc) : undefined;
    return hit !== undefined ? { item: hit, reason: "name and company" } : undefined;
  }

  private nameCompany(fields: DedupeFields): string {
    const n = nameKey(fields.name);
    const c = companyKey(fields.company);
    return n && c ? `${n}|${c}` : "";
  }
}
