import fs from "node:fs";
import path from "node:path";
import { parseEml, htmlToPlain } from "../../sandbox/eml";
import { describeWithCorpus, sharedDir } from "../helpers/shared-corpus";

const emails = sharedDir("corpus", "emails");
const corpus = emails.dir;
const emlFiles = emails.present ? fs.readdirSync(corpus).filter((f) => f.endsWith(".eml")) : [];

describe(".eml import", () => {
  test("a quoted-printable multipart message gives decoded headers and both bodies", async () => {
    const raw = [
      "From: Roman Petrov <roman@petrov-millwork.example>",
      "To: roman@petrov-millwork.example",
      "Cc: \"Desai, Priya\" <priya@northwind-dental.example>",
      "Subject: =?UTF-8?Q?Fwd:_Caf=C3=A9_intro?=",
      "Date: Mon, 17 Feb 2025 23:30:00 -0500",
      "Content-Type: multipart/alternative; boundary=b1",
      "",
      "--b1",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "Roman, meet Priya =E2=80=94 call 416-555-0142.",
      "--b1",
      "Content-Type: text/html; charset=utf-8",
      "",
      "<div>Roman, meet Priya</div>",
      "--b1--",
      "",
    ].join("\r\n");
    const m = await parseEml(raw);
    expect(m.subject).toBe("Fwd: Café intro");
    expect(m.cc).toBe('"Desai, Priya" <priya@northwind-dental.example>');
    expect(m.plainBody).toContain("meet Priya — call");
    expect(m.htmlBody).toContain("<div>");
    // The header keeps the sender's offset: follow-ups are resolved in that time zone.
    expect(m.dateHeader).toBe("Mon, 17 Feb 2025 23:30:00 -0500");
    expect(m.date.toISOString()).toBe("2025-02-18T04:30:00.000Z");
  });

  test("an HTML-only message still has a plain body, as Gmail's getPlainBody gives", () => {
    expect(htmlToPlain("<p>Hi&nbsp;Ann</p><div>Call me<br>at 555-0142 &amp; ask</div>")).toBe(
      "Hi Ann\nCall me\nat 555-0142 & ask",
    );
  });

});

describeWithCorpus(".eml import of the shared corpus", emails, () => {
  test.each(emlFiles.length ? emlFiles : ["(none)"])("sample %s imports without throwing", async (file) => {
    const m = await parseEml(fs.readFileSync(path.join(corpus, file)));
    expect(typeof m.plainBody).toBe("string");
    expect(m.from.length + m.subject.length).toBeGreaterThan(0);
  });
});
