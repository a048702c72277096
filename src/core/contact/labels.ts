// Phone labels: which kind of line a label announces (words in phone-label-words.ts), and how much it is wanted.

import { PHONE_LABELS, type PhoneKind } from "./phone-label-words";

export type { PhoneKind };

/** Lower rank wins: a mobile beats a direct line beats the office; a fax is never used. */
export const PHONE_KIND_RANK: Record<PhoneKind, number> = {
  mobile: 0,
  direct: 1,
  office: 2,
  tollfree: 4,
  fax: 99,
};

/**
 * "TeI." / "Ce1l:" / "Téléc." -> "tel" / "cell" / "telec": lower case, no accents, OCR letter/digit confusions undone.
 * ko: NFD splits Hangul syllables into jamo ("휴대폰"); NFC composes them again so the table's words match.
 */
export function normalizeLabel(text: string): string {
  return text
    .replace(/(?<=\p{Ll})I/gu, "l")
    .replace(/(?<=\p{L})1(?=\p{L})/gu, "l")
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");
}

const WORD_KIND = new Map<string, PhoneKind>();
for (const kind of Object.keys(PHONE_LABELS) as PhoneKind[])
  for (const w of PHONE_LABELS[kind]) WORD_KIND.set(w, kind);

/**
 * The kind a label announces ("Tél./Tel." -> office, "Portable" -> mobile, "Fax" -> fax), or undefined
 * when the text holds no label word. With several words the most wanted one wins; a fax that is also a
 * phone ("Tel./Fax") is an office line.
 */
export function phoneKindOfLabel(label: string): PhoneKind | undefined {
  const words = normalizeLabel(label)
    .split(/[^\p{L}\p{M}]+/u) // Thai vowel signs are marks inside the word ("มือถือ")
    .filter(Boolean);
  let best: PhoneKind | undefined;
  let fax = false;
  for (const w of words) {
    const kind = WORD_KIND.get(w);
    if (!kind) continue;
    if (kind === "tollfree") return kind;
    if (kind === "fax") fax = true;
    else if (!best || PHONE_KIND_RANK[kind] < PHONE_KIND_RANK[best]) best = kind;
  }
  // "Tel./Fax", "Tél./Téléc.": one line that is both; it is a phone (an office line), not only a fax.
  if (fax) return best ? "office" : "fax";
  return best;
}

/**
 * Written forms whose meaning depends on punctuation the word table cannot see: in English signatures
 * "p: 646 555 0131" is Phone (an office line), while the French "P." stays Portable.
 */
const WRITTEN_LABELS: { re: RegExp; kind: PhoneKind; note: string; prose?: boolean }[] = [
  { re: /(?:^|[^\p{L}.])p\s*:\s*$/iu, kind: "office", note: "en (US signatures): p: Phone" },
  // The writer's own way to reach them, said in prose, beats a house phone or switchboard named beside it.
  {
    re: /\b(?:(?:reach|call|ring|get|text|phone|contact) me|me directly) (?:on|at)\s*$/iu,
    kind: "direct",
    note: "en: best to reach me on …, ring me on …",
    prose: true,
  },
  {
    re: /\b(?:joindre|appel(?:er|ez)-moi|me rappeler) (?:au|sur)\s*$/iu,
    kind: "direct",
    note: "fr: me joindre au …",
    prose: true,
  },
  {
    re: /\b(?:mich|am besten) unter\s*$/iu,
    kind: "direct",
    note: "de: erreichen Sie mich unter …",
    prose: true,
  },
  {
    re: /\b(?:llamarme|llámame|localizarme|contactarme) al\s*$/iu,
    kind: "direct",
    note: "es: llámame al …",
    prose: true,
  },
  {
    re: /\b(?:chiamarmi|chiamami|contattarmi|raggiungermi|sono raggiungibile) al\s*$/iu,
    kind: "direct",
    note: "it: può chiamarmi al …",
    prose: true,
  },
  {
    re: /\b(?:ligar-me|ligue-me|me ligar|contactar-me|me contatar) (?:no|para o|pelo)\s*$/iu,
    kind: "direct",
    note: "pt: pode me ligar no …",
    prose: true,
  },
  {
    re: /\b(?:bel (?:me|mij)|(?:me|mij) bereiken) (?:op|via)\s*$/iu,
    kind: "direct",
    note: "nl: bel me op …",
    prose: true,
  },
  {
    re: /\b(?:ring (?:till )?mig|nå mig|ring (?:til )?(?:mig|meg)|fange mig|nå meg) på\s*$/iu,
    kind: "direct",
    note: "sv/da/nb: ring mig på …, nå meg på …",
    prose: true,
  },
];

/** "ring me on", "erreichen Sie mich unter": the writer offering, in prose, the number to reach them on. */
export function offersOwnNumber(before: string): boolean {
  return WRITTEN_LABELS.some((w) => w.prose && w.re.test(before));
}

/** The kind a label announces as written right before (or after) a number, punctuation included. */
export function phoneKindOfWrittenLabel(label: string): PhoneKind | undefined {
  const hit = WRITTEN_LABELS.find((w) => w.re.test(label));
  return hit ? hit.kind : phoneKindOfLabel(label);
}

/**
 * "핸드폰 010-5555-0166", "Tel. 030 5550 1201": a phone label then a number, whatever region could read the number;
 * also with a short bracketed note after it (ja "TEL 06-5555-0120（代表）", the main line; en "(main)", de "(Zentrale)").
 */
export function isLabelledNumberLine(line: string): boolean {
  const m = /^([^\d+(]{1,24}?)[\s:.：]*\+?[\d(][\d\s()./-]{6,}\d(?:\s*[(（][^()（）\d]{1,12}[)）])?$/u.exec(
    line.trim(),
  );
  return !!m && !!phoneKindOfLabel(m[1]);
}
