// The Gmail advanced service's thread listing, raw reads and batch label changes, as capture uses them.
import { Sandbox } from "../../../sandbox/index";
import { deliverEml } from "../../../sandbox/gmail/mailbox";
import { eml } from "../../helpers/eml";

function setup() {
  const sb = new Sandbox({ now: new Date("2025-02-10T15:00:00Z"), clockFollowsRealTime: false });
  const Gmail = sb.globals.Gmail as GoogleAppsScript.Gmail;
  const leads = Gmail.Users!.Labels!.create({ name: "Leads" }, "me").id!;
  return { sb, Gmail, leads };
}

describe("Gmail.Users.Threads and Messages.batchModify", () => {
  test("list pages through the labelled threads, newest first, with Gmail's nextPageToken; the last page has none", () => {
    const { sb, Gmail, leads } = setup();
    for (let i = 0; i < 5; i++) deliverEml(sb, eml({ subject: `Lead ${i}` }), { labels: ["Leads"], receivedAt: new Date(Date.UTC(2025, 1, 1 + i)) });
    deliverEml(sb, eml({ subject: "Not a lead" }));
    const first = Gmail.Users!.Threads!.list("me", { labelIds: [leads], maxResults: 3 });
    expect(first.threads).toHaveLength(3);
    expect(first.nextPageToken).toBeTruthy();
    const second = Gmail.Users!.Threads!.list("me", { labelIds: [leads], maxResults: 3, pageToken: first.nextPageToken });
    expect(second.threads).toHaveLength(2);
    expect(second.nextPageToken).toBeUndefined();
    const subjects = [...first.threads!, ...second.threads!].map((t) => Gmail.Users!.Threads!.get("me", t.id!, { format: "minimal" }).messages![0].id!);
    expect(new Set(subjects).size).toBe(5);
    expect(Gmail.Users!.Threads!.list("me", { labelIds: ["Label_999"] })).toEqual({ resultSizeEstimate: 0 });
  });

  test("Messages.list pages through the labelled messages (ids and threads), newest first", () => {
    const { sb, Gmail, leads } = setup();
    const ids = [0, 1, 2].map((i) => deliverEml(sb, eml({ subject: `Lead ${i}` }), { labels: ["Leads"], receivedAt: new Date(Date.UTC(2025, 1, 1 + i)) }));
    deliverEml(sb, eml({ subject: "Not a lead" }));
    const first = Gmail.Users!.Messages!.list("me", { labelIds: [leads], maxResults: 2 });
    expect(first.messages!.map((m) => m.id)).toEqual([ids[2], ids[1]]);
    const second = Gmail.Users!.Messages!.list("me", { labelIds: [leads], maxResults: 2, pageToken: first.nextPageToken });
    expect(second.messages!.map((m) => m.id)).toEqual([ids[0]]);
    expect(second.nextPageToken).toBeUndefined();
    expect(() => Gmail.Users!.Messages!.list("me", { maxResults: 501 })).toThrow(/Invalid maxResults/);
  });

  test("get minimal gives each message's labels; raw gives the message's bytes, base64url", () => {
    const { sb, Gmail, leads } = setup();
    const id = deliverEml(sb, eml({ subject: "Quote please" }), { labels: ["Leads"] });
    const thread = Gmail.Users!.Threads!.list("me", { labelIds: [leads] }).threads![0];
    const got = Gmail.Users!.Threads!.get("me", thread.id!, { format: "minimal" });
    expect(got.messages).toEqual([expect.objectContaining({ id, labelIds: expect.arrayContaining([leads, "INBOX"]) })]);
    const raw = Gmail.Users!.Messages!.get("me", id, { format: "raw" }).raw as unknown as string;
    expect(Buffer.from(raw, "base64url").toString("utf8")).toMatch(/^Delivered-To: .*\r\n[\s\S]*Subject: Quote please/);
    expect(() => Gmail.Users!.Threads!.get("me", thread.id!, { format: "full" })).toThrow(/not implemented in the sandbox/);
  });

  test("batchModify moves messages between labels in one call; an unknown label is refused with Gmail's error", () => {
    const { sb, Gmail, leads } = setup();
    const done = Gmail.Users!.Labels!.create({ name: "Leads/Captured" }, "me").id!;
    const ids = [0, 1].map((i) => deliverEml(sb, eml({ subject: `Lead ${i}` }), { labels: ["Leads"] }));
    sb.kernel.resetCounts();
    Gmail.Users!.Messages!.batchModify({ ids, addLabelIds: [done], removeLabelIds: [leads] }, "me");
    expect(sb.kernel.totalCalls).toBe(1);
    expect(Gmail.Users!.Threads!.list("me", { labelIds: [leads] }).threads).toBeUndefined();
    expect(Gmail.Users!.Threads!.list("me", { labelIds: [done] }).threads).toHaveLength(2);
    expect(() => Gmail.Users!.Messages!.batchModify({ ids, addLabelIds: ["Label_404"] }, "me")).toThrow(/Invalid label: Label_404/);
    expect(() => Gmail.Users!.Messages!.batchModify({ ids: [] }, "me")).toThrow(/ids/);
  });
});
