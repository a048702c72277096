import { Sandbox } from "../../../sandbox/index";
import { deliverEml } from "../../../sandbox/gmail/mailbox";
import { parseQuery } from "../../../sandbox/gmail/query";
import { eml } from "../../helpers/eml";

const NOW = new Date("2025-02-10T15:00:00Z");
const DAY = 86400000;

/** A small mailbox: each message's subject names it, so a search's result reads as a list of names. */
function mailbox() {
  const sb = new Sandbox({ now: NOW, clockFollowsRealTime: false });
  const GmailApp = sb.globals.GmailApp as GoogleAppsScript.Gmail.GmailApp;
  const at = (daysAgo: number) => new Date(NOW.getTime() - daysAgo * DAY);
  deliverEml(sb, eml({ subject: "intro", from: "Gerald Fox <gfox@fox-cpa.example>", cc: "Priya Desai <priya@northwind.example>", body: "Roman, meet Priya." }), { labels: ["Leads"], receivedAt: at(1) });
  deliverEml(sb, eml({ subject: "captured", from: "Ann Lee <ann@example.com>", body: "Old lead." }), { labels: ["Leads", "Lead Ledger/Captured"], receivedAt: at(3) });
  deliverEml(sb, eml({ subject: "plus", to: "owner+leads@ledger-owner.example", body: "Met at the trade show." }), { deliveredTo: "owner+leads@ledger-owner.example", receivedAt: at(2) });
  deliverEml(sb, eml({ subject: "old", from: "bob@example.org", body: "Quote request for decks", messageId: "old-1@example.org" }), { receivedAt: at(40) });
  deliverEml(sb, eml({ subject: "pdf", from: "carol@example.net", attachment: "quote.pdf" }), { receivedAt: at(5), inbox: false, unread: false });
  const trashed = deliverEml(sb, eml({ subject: "trashed", from: "ann@example.com" }), { labels: ["Leads"], receivedAt: at(1) });
  GmailApp.getMessageById(trashed).moveToTrash();
  const names = (q: string) => GmailApp.search(q).map((t) => t.getFirstMessageSubject()).sort();
  return { sb, GmailApp, names };
}

describe("GmailApp.search understands the query forms the capture job writes", () => {
  const cases: [why: string, query: string, expected: string[]][] = [
    ["label: finds the capture label", "label:leads", ["captured", "intro"]],
    ["a nested label with a space is written lower case with hyphens", "label:lead-ledger-captured", ["captured"]],
    ["the label can also be quoted as displayed", 'label:"Lead Ledger/Captured"', ["captured"]],
    ["-label: leaves out what was already captured", "label:Leads -label:lead-ledger-captured", ["intro"]],
    ["to: finds a recipient (To or Cc)", "to:priya@northwind.example", ["intro"]],
    ["deliveredto: finds the plus-address", "deliveredto:owner+leads@ledger-owner.example", ["plus"]],
    ["the plus-address OR the label, in one query", "(label:leads OR deliveredto:owner+leads@ledger-owner.example) -label:lead-ledger-captured", ["intro", "plus"]],
    ["braces are Gmail's OR too", "{label:leads deliveredto:owner+leads@ledger-owner.example}", ["captured", "intro", "plus"]],
    ["from: matches an address or a domain", "from:fox-cpa.example", ["intro"]],
    ["from: matches a display name word", "from:gerald", ["intro"]],
    ["newer_than: counts back from the clock", "newer_than:4d", ["captured", "intro", "plus"]],
    ["older_than: the other way", "older_than:30d", ["old"]],
    ["after:/before: are dates (midnight Pacific)", "after:2025/02/07 before:2025/02/09", ["captured", "plus"]],
    ["has:attachment", "has:attachment", ["pdf"]],
    ["in:inbox leaves out archived mail", "in:inbox from:carol@example.net", []],
    ["is:unread", "is:unread", ["captured", "intro", "old", "plus"]],
    ["is:read", "is:read", ["pdf"]],
    ["rfc822msgid: finds one message by its Message-ID", "rfc822msgid:<old-1@example.org>", ["old"]],
    ["bare words search subject and body, whole words", "trade show", ["plus"]],
    ["a quoted phrase must appear as written", '"quote request"', ["old"]],
    ["a bare word is a word, not a substring", "quo", []],
    ["subject: searches only the subject", "subject:intro", ["intro"]],
    ["trash is left out of searches", "subject:trashed", []],
    ["in:trash reaches it", "in:trash", ["trashed"]],
    ["an unknown operator is just text", "foo:bar", []],
  ];
  test.each(cases)("%s (%s)", (_why, query, expected) => {
    expect(mailbox().names(query)).toEqual(expected);
  });

  test("threads come most recent first, and start/max page through them", () => {
    const { GmailApp } = mailbox();
    const all = GmailApp.search("in:anywhere -in:trash").map((t) => t.getFirstMessageSubject());
    expect(all).toEqual(["intro", "plus", "captured", "pdf", "old"]);
    expect(GmailApp.search("in:anywhere -in:trash", 1, 2).map((t) => t.getFirstMessageSubject())).toEqual(["plus", "captured"]);
  });

  test("a page larger than Gmail's 500 is refused", () => {
    expect(() => mailbox().GmailApp.search("label:leads", 0, 501)).toThrow(/500/);
  });

  test("getInboxThreads lists the inbox only", () => {
    const { GmailApp } = mailbox();
    expect(GmailApp.getInboxThreads().map((t) => t.getFirstMessageSubject()).sort()).toEqual(["captured", "intro", "old", "plus"]);
  });

  test("the parser keeps OR, negation and grouping apart", () => {
    expect(parseQuery("a OR b -c")).toEqual({
      kind: "or",
      items: [
        { kind: "term", key: "", value: "a" },
        { kind: "and", items: [{ kind: "term", key: "", value: "b" }, { kind: "not", item: { kind: "term", key: "", value: "c" } }] },
      ],
    });
  });
});
