// Which written names and number shapes are evidence: a name on its own line only above contact lines, a first
// name and surname only on one line, a number's grouping only where one country writes it that way.
import { fullNameForNote } from "../../../src/core/email/note-first-name";
import { regionFromContext } from "../../../src/core/email/region-context";
import type { ThreadMessage } from "../../../src/core/email/thread";
import { fullNameInThread } from "../../../src/core/email/thread-full-name";

const message = (body: string): ThreadMessage => ({
  from: { name: "Mikko Salo", email: "mikko.salo@kahvila.example" },
  to: [],
  cc: [],
  subject: "Tarjous",
  date: "",
  body,
  kind: "forward",
});

describe("a first name in the owner's note finds the full name written in the thread", () => {
  const cases: [why: string, clause: string, body: string, expected: string | undefined][] = [
    [
      "a card under the mail (name line, then title and number) gives the full name",
      "Aino päättää",
      "Terveisin\n\nAino Laaksonen\nOmistaja\n+358 40 555 0123",
      "Aino Laaksonen",
    ],
    [
      "two capitalised words alone on a line with no contact line under them are a sign-off, not a person",
      "Kind of urgent, she decides",
      "Thanks for the quote.\n\nKind Regards\n\nThe team",
      undefined,
    ],
    [
      "a first name signing off above a company line is not a first name and surname",
      "Call Trevor, he decides",
      "Looking forward to it.\n\nTrevor\nHarbour Logistics",
      undefined,
    ],
  ];
  it.each(cases)("%s", (_why, clause, body, expected) => {
    expect(fullNameInThread(clause, [message(body)])).toBe(expected);
  });

  it("a name written across a line break is not read as one (any language)", () => {
    expect(
      fullNameForNote("Sentire Chiara lunedì", "Grazie,\nChiara\nRossi Impianti Srl", []),
    ).toBeUndefined();
    expect(fullNameForNote("Sentire Chiara lunedì", "Ne parlo con Chiara Benedetti domani.", [])).toBe(
      "Chiara Benedetti",
    );
  });
});

describe("a national number's grouping names its country only where no other country groups it so", () => {
  const cases: [why: string, text: string, expected: string | undefined][] = [
    ["an Irish mobile grouped 3-3-4 from a prefix only Ireland uses", "Mobile: 087 555 0193", "IE"],
    ["083 is a mobile prefix in both Ireland and South Africa: no country", "Cell: 083 555 0123", undefined],
    ["South Africa's 082 mobiles are South African, never Irish", "Cell: 082 555 0147", "ZA"],
    ["a UK mobile grouped 5-6", "Mob 07700 900562", "GB"],
    ["a Nigerian mobile grouped 4-3-4", "Tunji Bakare\n0803 555 0147", "NG"],
    [
      'a Nigerian mobile under a company\'s "Ltd", which Nigeria writes too',
      "Oduya Agro Ltd\n0812 555 0147",
      "NG",
    ],
    ["a UK freephone number grouped 4-3-4 is not Nigerian", "Freephone 0800 555 0147", undefined],
    ['"Ltd" alone still reads a number in the UK', "Pennine Joinery Ltd\n01632 960147", "GB"],
  ];
  it.each(cases)("%s", (_why, text, expected) => {
    expect(regionFromContext(text, [])).toBe(expected);
  });
});
