// Names without the credentials clinics, pharmacies and therapists sign with, and without emoji decorations.
import { normalizeName } from "../../../src/core/contact/name";

const CASES: [why: string, raw: string, name: string][] = [
  ["a pharmacist's PharmD and board certification", "Mark Allen, PharmD, BCPS", "Mark Allen"],
  ["a nurse practitioner's degrees and certification", "Amy Chen, MSN, APRN, FNP-BC", "Amy Chen"],
  ["a dietitian's RD/RDN and LD, in capitals", "Dana Cole, MS, RDN, LD", "Dana Cole"],
  ["a dental hygienist's RDH and BSDH without commas", "Jenny Ho RDH BSDH", "Jenny Ho"],
  ["a physiotherapist's PT, DPT, OCS", "Lisa Grant, PT, DPT, OCS", "Lisa Grant"],
  ["a massage therapist's LMT", "Tom Reed, LMT", "Tom Reed"],
  ["emoji around a display name are no part of it", "🌸 Mia Lopez 🌸", "Mia Lopez"],
  ["a surname that reads like a credential in small letters stays", "Rd Smith", "Rd Smith"],
];

describe("names with health and wellness credentials", () => {
  test.each(CASES)("%s", (_why, raw, name) => expect(normalizeName(raw)).toBe(name));
});
