// The lead's title as the forwarder's note gives it, in the languages notes are written in.
import { titleInNote } from "../../../src/core/email/note-title";

describe("a title the note gives the lead", () => {
  test.each<[why: string, note: string, expected: string | undefined]>([
    ["en: he's the … there", "He's the purchasing manager there.", "purchasing manager"],
    [
      "en: cut before 'at <company>'",
      "She is the office manager at Lakeside Dental, call Friday.",
      "office manager",
    ],
    ["de: er ist …", "Er ist Einkaufsleiter. Bitte Donnerstag anrufen.", "Einkaufsleiter"],
    ["fr: il est … chez", "Il est directeur technique chez Dupont.", "directeur technique"],
    ["es: a title with its 'de'", "Ella es la gerente de compras.", "gerente de compras"],
    ["it: lui è il …", "Lui è il responsabile acquisti.", "responsabile acquisti"],
    ["pt: ela é a …", "Ela é a diretora comercial.", "diretora comercial"],
    ["nl: hij is … bij", "Hij is inkoper bij De Vries.", "inkoper"],
    ["a labelled line", "Title: Head of Procurement", "Head of Procurement"],
    [
      "someone else, limited ('only the property manager'), is no title of the lead's",
      "Not Brian - he's only the property manager.",
      undefined,
    ],
    ["'the one who decides' is no title", "He's the one who decides.", undefined],
    ["praise is no title ('a great lead')", "She's a great lead, call her.", undefined],
    ["a state is no title", "He's busy until Friday.", undefined],
    ["de: interest is no title", "Er ist sehr interessiert.", undefined],
  ])("%s", (_why, note, expected) => {
    expect(titleInNote(note)).toBe(expected);
  });
});
