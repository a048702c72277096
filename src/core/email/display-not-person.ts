// The signed full name over a display name that is no full name of the same person: the company, initials, a pet name.
import { foldMarks } from "./ascii-header-name";
import { hasTitleWord } from "../contact/roles";
import { isCompanyLine } from "./line-kinds";

const words = (s: string) => foldMarks(s.trim()).split(/\s+/).filter(Boolean);

/**
 * en pet names whose first letter is not the given name's (the same-letter ones, "Tom", "Chris", are read as short
 * forms elsewhere): "Bobby" for Robert, "Bill" for William, "Peggy" for Margaret, "Ted" for Edward, "Jack" for John.
 */
const PET_NAMES: Record<string, string> = {
  bob: "robert",
  bobby: "robert",
  bert: "robert|albert|herbert",
  bill: "william",
  billy: "william",
  liam: "william",
  dick: "richard",
  rick: "richard|eric|frederick",
  ricky: "richard",
  peggy: "margaret",
  peg: "margaret",
  maggie: "margaret",
  meg: "margaret",
  daisy: "margaret",
  ted: "edward|theodore",
  teddy: "edward|theodore",
  ned: "edward",
  jack: "john",
  hank: "henry",
  harry: "henry|harold",
  molly: "mary",
  polly: "mary",
  sally: "sarah",
  sadie: "sarah",
  betty: "elizabeth",
  bess: "elizabeth",
  beth: "elizabeth",
  liz: "elizabeth",
  lizzie: "elizabeth",
  libby: "elizabeth",
  chuck: "charles",
  kit: "christopher|katherine",
  sandy: "alexander|alexandra",
  tony: "anthony",
  toni: "antonia",
  nancy: "ann|anne",
  patsy: "patricia",
  trish: "patricia",
  tricia: "patricia",
  kate: "katherine|catherine",
  wally: "walter",
  larry: "lawrence|laurence",
  jenny: "jennifer",
  dolly: "dorothy",
  hal: "henry|harold",
};

/** "Doyle's Corner Deli" signed "Maggie Doyle … Doyle's Corner Deli": the display name is the company they sign for. */
function isSignedCompany(display: string, company: string | undefined): boolean {
  const a = words(display).join(" ");
  const c = words(company ?? "").join(" ");
  return a.length >= 3 && !!c && (c === a || c.startsWith(`${a} `));
}

/**
 * "F. v. Hohenberg" signed "Florian von Hohenberg", "MJ Kim" signed "Min-ji Kim", "R Stone" signed "Rachel Stone":
 * initials (with a particle's initial, de/nl/fr) and the same surname, as directories and some clients write them.
 */
function initialsOfSigned(display: string, signed: string): boolean {
  const a = words(display);
  const b = words(signed);
  if (a.length < 2 || b.length < 2 || a[a.length - 1] !== b[b.length - 1]) return false;
  // A particle written small and in full ("JP de Wit") stands for its own initial; the rest must be initials.
  const raw = display.trim().split(/\s+/);
  const small = (i: number) => raw[i] === raw[i].toLowerCase() && raw[i].length > 1 && b.includes(a[i]);
  if (a.slice(0, -1).every((_, i) => small(i))) return false;
  const heads = a.slice(0, -1).map((w, i) => (small(i) ? w[0] : w));
  if (!heads.every((w) => /^(?:\p{L}\.?){1,3}$/u.test(w) && (w.includes(".") || w.length <= 2))) return false;
  const shown = heads.join("").replace(/\./g, "");
  const full = b
    .slice(0, -1)
    .flatMap((w) => w.split("-"))
    .map((w) => w[0])
    .join("");
  return shown.length > 0 && full.startsWith(shown) && shown[0] === full[0];
}

/** "Bobby" or "Bobby McAllister" signed "Robert McAllister": an en pet name of the signed given name. */
function petNameOfSigned(display: string, signed: string): boolean {
  const a = words(display);
  const b = words(signed);
  if (b.length < 2 || b.length > 4 || a.length > 2 || (a.length === 2 && a[1] !== b[b.length - 1]))
    return false;
  return (PET_NAMES[a[0]] ?? "").split("|").includes(b[0]);
}

/**
 * "Ha Nguyen" signed "Nguyễn Thị Thu Hà" (vi, also hu/zh romanised: given name first in the header, the full name in
 * the writer's order and marks in the signature): every word of the ASCII header, marks folded, is a word of the name,
 * and the name's first and last words (given name and family name, in either order) are the header's.
 */
function foldsIntoSigned(display: string, signed: string): boolean {
  const a = words(display);
  const b = words(signed);
  return (
    /^[\x20-\x7e]+$/.test(display) &&
    a.length >= 2 &&
    b.length > a.length &&
    a.every((w) => b.includes(w)) &&
    a.includes(b[0]) &&
    a.includes(b[b.length - 1])
  );
}

/**
 * "Noa" signed "נועה בן-דוד" (he, ar, el, ru writers): a one-word Latin-letter header, a full name in the writer's own
 * alphabet (no Latin letter in it).
 */
function givenNameOverOwnScript(display: string, signed: string): boolean {
  const b = signed.trim().split(/\s+/);
  return (
    /^[A-Za-z]{2,}$/.test(display.trim()) && b.length >= 2 && b.length <= 4 && !/[A-Za-z\d]/.test(signed)
  );
}

/** The signed name when the display name is not a full name of the same person (see the rules above), else undefined. */
export function signedOverNonPersonDisplay(
  display: string | undefined,
  signed: string | undefined,
  company: string | undefined,
): string | undefined {
  // A name line that holds a role or a company ("Executive Assistant to …") is not read as a person's name here.
  if (!display || !signed || signed.trim().split(/\s+/).length < 2) return undefined;
  if (hasTitleWord(signed) || isCompanyLine(signed)) return undefined;
  return isSignedCompany(display, company) ||
    initialsOfSigned(display, signed) ||
    petNameOfSigned(display, signed) ||
    foldsIntoSigned(display, signed) ||
    givenNameOverOwnScript(display, signed)
    ? signed
    : undefined;
}
