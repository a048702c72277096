// The raw MIME of a nurture email, read back by a real parser (postal-mime): what a customer's mail client sees.
import { composeNurture, unsubscribeAddress, type Sender } from "../../../src/core/nurture/compose";
import { utf8Bytes } from "../../../src/core/email/bytes";
import { quotedPrintable, encodedWords, base64 } from "../../../src/core/nurture/encode";
import type { NurtureLead } from "../../../src/core/nurture/eligibility";
import { DEFAULT_NURTURE } from "../../../src/core/nurture/default-templates";
import { expectNurtureEml, header, parseEml } from "../../helpers/nurture-eml";

const lead: NurtureLead = {
  leadId: "L-0042",
  name: "Zoë Łukasiewicz-Müller",
  company: "Café Zoë",
  email: "zoe@cafe-zoe.example",
  stage: "Lost",
  lostOn: "2026-08-15",
  lostReason: "Budget",
  tags: "",
  nurtureStep: "",
  lastNurture: "",
  lastActivity: "",
};
const sender: Sender = {
  ownerEmail: "owner@ledger-owner.example",
  ownerName: "Sam Rivera",
  businessName: "Rivera Renovations",
  businessAddress: "12 Example Street, Springfield, ON A1A 1A1",
  webAppUrl: "",
  timeZone: "America/Toronto",
};
const TOKEN = "0123456789abcdef0123456789abcdef";
const template = { ...DEFAULT_NURTURE[1], row: 3 };
const compose = (s: Partial<Sender> = {}, t = template) =>
  composeNurture(
    lead,
    t,
    { ...sender, ...s },
    TOKEN,
    "2026-12",
    new Date("2026-12-01T14:00:00Z"),
    "2026-12-01",
  );

describe("nurture MIME", () => {
  test("mailto only: From with name, Reply-To, To, our Message-ID, List-Unsubscribe, text + HTML, footer", async () => {
    const c = compose();
    if (!c.ok) throw new Error(c.reason);
    expect([...c.raw].every((ch) => ch.charCodeAt(0) < 128)).toBe(true);
    const email = await expectNurtureEml(c.raw, { businessAddress: sender.businessAddress, oneClick: false });
    expect(email.from).toEqual({ name: "Sam Rivera", address: "owner@ledger-owner.example" });
    expect(email.to).toEqual([{ name: "Zoë Łukasiewicz-Müller", address: "zoe@cafe-zoe.example" }]);
    expect(email.messageId).toBe(c.messageId);
    expect(header(email, "list-unsubscribe")).toContain(`mailto:${unsubscribeAddress(sender.ownerEmail)}`);
    expect(email.subject).toBe("Checking in, Zoë");
    expect(email.text).toContain("Hi Zoë,");
    expect(email.text).toContain("Café Zoë");
    expect(email.html).toContain("Café Zoë");
  });

  test("with the web app URL: the https link is the visible one, plus List-Unsubscribe-Post (RFC 8058)", async () => {
    const c = compose({ webAppUrl: "https://script.google.com/macros/s/AKfyc-example/exec" });
    if (!c.ok) throw new Error(c.reason);
    const email = await expectNurtureEml(c.raw, { businessAddress: sender.businessAddress, oneClick: true });
    expect(email.html).toContain(
      `<a href="https://script.google.com/macros/s/AKfyc-example/exec?lead=L-0042&amp;token=${TOKEN}">unsubscribe</a>`,
    );
    expect(email.text).toContain(`exec?lead=L-0042&token=${TOKEN}`);
  });

  test("a long non-ASCII subject is split into encoded-words that decode back whole", async () => {
    const subject = "Grüße aus der Werkstatt — ein kurzer Gruß für Café Zoë und das ganze Team 🎉 "
      .repeat(2)
      .trim();
    const c = compose({}, { ...template, subject });
    if (!c.ok) throw new Error(c.reason);
    expect(c.raw.split("\r\n").every((l) => l.length <= 998)).toBe(true);
    const email = await parseEml(c.raw);
    expect(email.subject).toBe(subject);
  });

  test("HTML in a value is text, never markup", async () => {
    const c = composeNurture(
      { ...lead, company: "<b>Bold</b> & Co" },
      template,
      sender,
      TOKEN,
      "2026-12",
      new Date(),
      "2026-12-01",
    );
    if (!c.ok) throw new Error(c.reason);
    const email = await parseEml(c.raw);
    expect(email.html).toContain("&lt;b&gt;Bold&lt;/b&gt; &amp; Co");
  });

  test("a template the renderer refuses produces no message", () => {
    expect(compose({}, { ...template, body: "Hi {{Nickname}} {{Unsubscribe link}}" })).toEqual({
      ok: false,
      reason: "unknown placeholder {{Nickname}}",
    });
  });

  test("encoders: quoted-printable keeps lines under 76 and round-trips; base64 and UTF-8 match Node's", async () => {
    const text = `${"é".repeat(60)} = end \nline two\t`;
    const qp = quotedPrintable(text);
    expect(qp.split("\r\n").every((l) => l.length <= 76)).toBe(true);
    const email = await parseEml(
      `From: a@b.example\r\nTo: c@d.example\r\nSubject: x\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp}\r\n`,
    );
    expect(email.text?.replace(/\r\n/g, "\n").replace(/\n$/, "")).toBe(text);
    const s = "Łódź 🎉 naïve";
    expect(Buffer.from(utf8Bytes(s)).toString("utf8")).toBe(s);
    expect(base64(utf8Bytes(s))).toBe(Buffer.from(s, "utf8").toString("base64"));
    expect(encodedWords("plain")).toBe("plain");
  });
});
