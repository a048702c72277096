import { Sandbox } from "../../../sandbox/index";
import { deliverEml, setAliases } from "../../../sandbox/gmail/mailbox";
import { setGmailSendingLimit } from "../../../sandbox/mail/email-quota";
import { eml } from "../../helpers/eml";

function setup() {
  const sb = new Sandbox({ now: new Date("2025-02-10T15:00:00Z"), clockFollowsRealTime: false });
  const g = sb.globals;
  return {
    sb,
    GmailApp: g.GmailApp as GoogleAppsScript.Gmail.GmailApp,
    Gmail: g.Gmail as GoogleAppsScript.Gmail,
    MailApp: g.MailApp as GoogleAppsScript.Mail.MailApp,
  };
}

const rawMessage = (to: string, subject = "Checking in") =>
  Buffer.from([`From: owner@ledger-owner.example`, `To: ${to}`, `Subject: ${subject}`, "Content-Type: text/plain; charset=utf-8", "", "Hi Ann, any news?", ""].join("\r\n")).toString("base64url");

describe("the Gmail advanced service", () => {
  test("a filter on the plus-address labels new mail on arrival, as Gmail's filters do", () => {
    const { sb, GmailApp, Gmail } = setup();
    const label = Gmail.Users!.Labels!.create({ name: "Leads" }, "me");
    Gmail.Users!.Settings!.Filters!.create({ criteria: { to: "owner+leads@ledger-owner.example" }, action: { addLabelIds: [label.id!] } }, "me");
    deliverEml(sb, eml({ to: "owner+leads@ledger-owner.example", subject: "Forwarded lead" }), { deliveredTo: "owner+leads@ledger-owner.example" });
    deliverEml(sb, eml({ subject: "Newsletter" }));
    expect(GmailApp.search("label:leads").map((t) => t.getFirstMessageSubject())).toEqual(["Forwarded lead"]);
  });

  test("creating the same filter twice is refused with Gmail's 'Filter already exists'; list shows one", () => {
    const { Gmail } = setup();
    const filters = Gmail.Users!.Settings!.Filters!;
    const label = Gmail.Users!.Labels!.create({ name: "Leads" }, "me");
    const filter = { criteria: { to: "owner+leads@ledger-owner.example" }, action: { addLabelIds: [label.id!] } };
    const created = filters.create(filter, "me");
    expect(created.id).toBeTruthy();
    expect(() => filters.create(JSON.parse(JSON.stringify(filter)), "me")).toThrow(
      "API call to gmail.users.settings.filters.create failed with error: Filter already exists",
    );
    expect(filters.list("me").filter).toHaveLength(1);
    filters.remove("me", created.id!);
    expect(filters.list("me").filter).toBeUndefined();
  });

  test("a filter naming a label that does not exist is refused", () => {
    const { Gmail } = setup();
    expect(() => Gmail.Users!.Settings!.Filters!.create({ criteria: { to: "x@example.com" }, action: { addLabelIds: ["Label_99"] } }, "me")).toThrow(/Invalid label/);
  });

  test("Labels.list gives ids for system and user labels; a GmailApp label is there too", () => {
    const { GmailApp, Gmail } = setup();
    GmailApp.createLabel("Lead Ledger/Captured");
    const labels = Gmail.Users!.Labels!.list("me").labels!;
    expect(labels.find((l) => l.name === "INBOX")).toMatchObject({ id: "INBOX", type: "system" });
    expect(labels.find((l) => l.name === "Lead Ledger/Captured")).toMatchObject({ id: expect.stringMatching(/^Label_/), type: "user" });
    expect(() => Gmail.Users!.Labels!.create({ name: "lead ledger/captured" }, "me")).toThrow("Label name exists or conflicts");
  });

  test("a raw message sent to someone else goes to Sent only; sent to self it also lands in the inbox", () => {
    const { GmailApp, Gmail } = setup();
    const out = Gmail.Users!.Messages!.send({ raw: rawMessage("Ann Lee <ann@example.com>") }, "me");
    expect(out.labelIds).toEqual(["SENT"]);
    expect(GmailApp.getMessageById(out.id!).getTo()).toBe("Ann Lee <ann@example.com>");
    const self = Gmail.Users!.Messages!.send({ raw: rawMessage("owner+leads@ledger-owner.example", "Note to self") }, "me");
    expect(self.labelIds).toEqual(expect.arrayContaining(["SENT", "INBOX"]));
    expect(GmailApp.search("deliveredto:owner+leads@ledger-owner.example").map((t) => t.getFirstMessageSubject())).toEqual(["Note to self"]);
    const raw = Gmail.Users!.Messages!.get("me", out.id!, { format: "raw" }).raw!;
    expect(Buffer.from(raw, "base64url").toString("utf8")).toContain("Subject: Checking in");
  });

  test("raw sends count against Gmail's daily sending limit, not MailApp's quota", () => {
    const { sb, Gmail, MailApp } = setup();
    setGmailSendingLimit(sb.kernel, 2);
    Gmail.Users!.Messages!.send({ raw: rawMessage("ann@example.com") }, "me");
    Gmail.Users!.Messages!.send({ raw: rawMessage("bob@example.org") }, "me");
    expect(() => Gmail.Users!.Messages!.send({ raw: rawMessage("carol@example.net") }, "me")).toThrow(
      "API call to gmail.users.messages.send failed with error: Daily user sending quota exceeded.",
    );
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
  });

  test("send without raw content is refused as the API does", () => {
    const { Gmail } = setup();
    expect(() => Gmail.Users!.Messages!.send({}, "me")).toThrow(/'raw' RFC822 payload/);
  });

  test("another user's mailbox is out of reach", () => {
    const { Gmail } = setup();
    expect(() => Gmail.Users!.Labels!.list("someone@example.com")).toThrow(/Delegation denied/);
  });

  test("SendAs.list and GmailApp.getAliases show the account's aliases", () => {
    const { sb, GmailApp, Gmail } = setup();
    setAliases(sb, ["sales@ledger-owner.example"]);
    expect(GmailApp.getAliases()).toEqual(["sales@ledger-owner.example"]);
    expect(Gmail.Users!.Settings!.SendAs!.list("me").sendAs!.map((s) => s.sendAsEmail)).toEqual([
      "owner@ledger-owner.example",
      "sales@ledger-owner.example",
    ]);
  });

  test("an advanced-service member that is not built fails loudly", () => {
    const { Gmail } = setup();
    expect(() => Gmail.Users!.Drafts!.list("me")).toThrow("Gmail.Users.Drafts is not implemented in the sandbox");
  });
});

describe("MailApp", () => {
  test("the daily recipient quota (100 for a consumer account) runs out with Google's message", () => {
    const { MailApp, GmailApp } = setup();
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
    for (let i = 0; i < 99; i++) MailApp.sendEmail(`lead${i}@example.com`, "Hello", "Body");
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    expect(() => MailApp.sendEmail({ to: "a@example.com, b@example.com", subject: "Two", body: "x" })).toThrow(
      "Service invoked too many times for one day: email.",
    );
    MailApp.sendEmail({ to: "last@example.com", subject: "Last", htmlBody: "<p>Bye</p>" });
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(GmailApp.search("in:sent", 0, 500)).toHaveLength(100);
  });

  test("the quota is a day's: tomorrow it is back", () => {
    const { sb, MailApp } = setup();
    MailApp.sendEmail("ann@example.com", "Hi", "Body");
    sb.kernel.advance(86400000);
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
  });
});

describe("sending to a malformed address", () => {
  test.each([["MailApp"], ["GmailApp"]])("%s refuses it with Google's 'Invalid email' and uses no quota", (service) => {
    const { MailApp, GmailApp } = setup();
    const send = () =>
      service === "MailApp"
        ? MailApp.sendEmail("Ann Lee <ann@example.com>, not-an-address", "Hi", "Body")
        : GmailApp.sendEmail("Ann Lee <ann@example.com>, not-an-address", "Hi", "Body");
    expect(send).toThrow("Invalid email: not-an-address");
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
  });

  test('a display name with a comma in quotes is one recipient: "Doe, Jane" <jane@example.com>', () => {
    const { MailApp } = setup();
    MailApp.sendEmail('"Doe, Jane" <jane@example.com>', "Hi", "Body");
    expect(MailApp.getRemainingDailyQuota()).toBe(99);
  });
});
