import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, ExtractContext } from "../../../src/core/lead";
import { inputOf, plainForward } from "../../helpers/email-fixtures";

const ctx: ExtractContext = { ownerEmails: ["owner@owner-co.example.com"], defaultRegion: "US" };
const base: EmailInput = {
  from: "Owner Person <owner@owner-co.example.com>",
  to: "owner@owner-co.example.com",
  cc: "",
  subject: "Fwd: hello",
  dateHeader: "Mon, 3 Mar 2025 09:00:00 -0500",
  date: new Date("2025-03-03T14:00:00Z"),
  plainBody: "",
  htmlBody: "",
  attachments: [],
};

const SIGNED_FORWARD =
  "---------- Forwarded message ---------\nFrom: Mia Chen <mia@chen-florals.example.com>\nDate: Mon, Mar 3, 2025 at 8:00 AM\nSubject: hello\nTo: owner@owner-co.example.com\n\nHi, can you quote 40 bouquets?\n\nMia Chen\nChen Florals\n617-555-0150\n";

describe("bad input gives a result with a warning, never an exception or an invented field", () => {
  test.each<[string, Partial<EmailInput>]>([
    ["an empty message has no lead and needs review", {}],
    [
      "a binary body is not read as text",
      { plainBody: "\u0000\u0001\u0002\u0003PK\u0003\u0004\u0000\u0000".repeat(200) },
    ],
    [
      "only an image attachment: nothing to read",
      { attachments: [{ name: "IMG_0042.HEIC", contentType: "image/heic", size: 2048 }] },
    ],
    [
      "a broken message/rfc822 attachment",
      {
        attachments: [
          {
            name: "x.eml",
            contentType: "message/rfc822",
            size: 6,
            raw: "\u0000\u0001\u00ff\r\n\r\n",
          },
        ],
      },
    ],
  ])("%s", (_title, patch) => {
    const r = extractLeadFromEmail({ ...base, ...patch }, ctx);
    expect(r.lead).toEqual({});
    expect(r.needsReview).toBe(true);
    expect(r.warnings.length).toBeGreaterThan(0);
  });

  test("fields that are not strings at all (a broken adapter) still give a result", () => {
    const broken = {
      ...base,
      from: undefined,
      plainBody: undefined,
      attachments: undefined,
    } as unknown as EmailInput;
    const r = extractLeadFromEmail(broken, ctx);
    expect(r.needsReview).toBe(true);
  });

  test("a 2 MB body is cut at 1 MB and flagged, and the lead at its top is still found", () => {
    const filler = "1;Nathan;Tremblay;14;saumon;gluten;oui\n".repeat(52000);
    const r = extractLeadFromEmail({ ...base, plainBody: SIGNED_FORWARD + filler }, ctx);
    expect(r.lead.email).toBe("mia@chen-florals.example.com");
    expect(r.lead.phone).toBe("+16175550150");
    expect(r.needsReview).toBe(true);
    expect(r.warnings.join(" ")).toMatch(/1 MB/);
  });

  test("malformed MIME (a boundary that never closes) that is still readable needs no review", async () => {
    const raw = plainForward(`--zz\r\nContent-Type: text/plain\r\n\r\n${SIGNED_FORWARD}`, {
      "Content-Type": 'multipart/mixed; boundary="zz"',
    });
    const { input, ctx: owner } = await inputOf(raw);
    const r = extractLeadFromEmail(input, owner);
    expect(r.lead.email).toBe("mia@chen-florals.example.com");
    expect(r.needsReview).toBe(false);
  });

  test("a lead with only a name and a company is still a lead, flagged for review", () => {
    const r = extractLeadFromEmail(
      { ...base, plainBody: "Lead: Paolo Conti from Conti Marble, call back Friday\n" },
      ctx,
    );
    expect(r.lead).toEqual({ name: "Paolo Conti", company: "Conti Marble", followUp: "2025-03-07" });
    expect(r.needsReview).toBe(true);
  });
});

test("a quoted display name with escaped quotes in a forward is the literal text a person sees, not its escapes", () => {
  const plainBody =
    '---------- Forwarded message ---------\nFrom: "=HYPERLINK(\\"http://x.example\\",\\"y\\")" <partner@odd-sender.example>\nDate: Sat, Nov 28, 2026 at 7:31 AM\nSubject: partnership\nTo: owner@owner-co.example.com\n\nLet us talk.\n';
  const r = extractLeadFromEmail({ ...base, plainBody }, ctx);
  expect(r.lead.name).toBe('=HYPERLINK("http://x.example","y")');
  expect(r.needsReview).toBe(true);
});
