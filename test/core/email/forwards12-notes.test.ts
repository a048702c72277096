// Owner's notes of issue 13 (emails-forwards12): a company correction in the note, and a deadline ("by Friday") that
// is not the follow-up when the note names the day to call. Fresh fictional data.
import { companyCorrection } from "../../../src/core/email/company-correction";
import { followUpFromNote } from "../../../src/core/followup/followup";

/** Friday 4 December 2026. */
const FRI = { y: 2026, m: 12, d: 4 };

describe("the owner's correction of the company, by language", () => {
  test.each<[string, string, string | undefined]>([
    [
      "a sentence's full stop before the forwarded message below is no part of the name",
      "Company is actually Weber Bedachungen GmbH.\n\n---------- Forwarded message ---------\nFrom: Jonas Weber",
      "Weber Bedachungen GmbH",
    ],
    [
      "en, cut at the dash, the legal form's dot kept",
      "Note: the company is actually Birchwood Stone Co. - old name in his signature.",
      "Birchwood Stone Co.",
    ],
    [
      "en 'correct company:'",
      "Correct company: Halden Foods Ltd; the signature is out of date.",
      "Halden Foods Ltd",
    ],
    [
      "de 'die Firma heißt eigentlich'",
      "Die Firma heißt eigentlich Berger Metallbau GmbH, nicht wie in der Signatur.",
      "Berger Metallbau GmbH",
    ],
    [
      "fr 'la société s'appelle en fait'",
      "La société s'appelle en fait Atelier Moreau SARL.",
      "Atelier Moreau SARL",
    ],
    ["es 'la empresa es en realidad'", "Ojo: la empresa es en realidad Grupo Vela S.L.", "Grupo Vela S.L."],
    ["no correction: nothing", "The company is growing fast, call Monday.", undefined],
  ])("%s", (_why, note, want) => {
    expect(companyCorrection(note)).toBe(want);
  });
});

describe("a deadline in the note is not the follow-up when a day to call is named", () => {
  test.each<[string, string, string]>([
    [
      "de bis Freitag … am 14.12. anrufen",
      "Bitte bis Freitag ein Angebot schicken, ich ruf ihn am 14.12. an.",
      "2026-12-14",
    ],
    ["en by Friday … call on the 14th", "Send the quote by Friday and call her on Dec 14.", "2026-12-14"],
    [
      "fr avant vendredi … rappeler le 15",
      "Envoyer le devis avant vendredi, le rappeler le 15 décembre.",
      "2026-12-15",
    ],
    ["a deadline alone stays the follow-up", "Call him by Friday.", "2026-12-11"],
  ])("%s", (_why, note, date) => {
    expect(followUpFromNote(note, FRI).date).toBe(date);
  });
});
