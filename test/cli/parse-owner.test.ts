// Whose mailbox a message sits in, for `lead-ledger parse` (the add-on knows its account; a file has only headers).
import { parseEml } from "../../sandbox/eml";
import { ownerContext } from "../../sandbox/cli/parse-eml";

const HEAD = [
  "From: Marta Jovanovic <marta@jovanovic-cpa.example.com>",
  "To: Ravi Menon <ravi@menon-dental.example.com>",
  "Cc: Owner Person <owner@owner-co.example.com>",
  "Subject: Roofer recommendation",
  "Date: Thu, 11 Dec 2025 11:00:00 -0500",
];

async function ownerOf(extra: string[]): Promise<string[]> {
  const raw = [...extra, ...HEAD, "Content-Type: text/plain", "", "Ravi, meet Owner."].join("\r\n");
  return ownerContext(await parseEml(raw)).ownerEmails;
}

describe("the mailbox owner of a file", () => {
  test.each([
    ["Delivered-To", ["Delivered-To: owner@owner-co.example.com"], "owner@owner-co.example.com"],
    ["Envelope-To (Exim)", ["Envelope-To: owner@owner-co.example.com"], "owner@owner-co.example.com"],
    [
      'the envelope recipient of the newest "Received: … for <…>"',
      [
        "Received: from mx.example.net by mail.owner-co.example.com for <owner@owner-co.example.com>; Thu, 11 Dec 2025 11:00:02 -0500",
        "Received: from mail.jovanovic-cpa.example.com by mx.example.net for <list@relay.example.net>; Thu, 11 Dec 2025 11:00:01 -0500",
      ],
      "owner@owner-co.example.com",
    ],
    [
      'no envelope recipient: the copied recipient on the domain of the newest "Received: … by" host (a reply-all)',
      ["Received: from smtpclient.example.net by mx.owner-co.example.com; Thu, 11 Dec 2025 11:00:02 -0500"],
      "owner@owner-co.example.com",
    ],
    [
      'a "Received: … by" host on no recipient\'s domain: the first To',
      ["Received: from smtpclient.example.net by mx.mailhost.example.net; Thu, 11 Dec 2025 11:00:02 -0500"],
      "ravi@menon-dental.example.com",
    ],
    [
      "the sender's own submission server on top (a colleague of the sender copied): the first To",
      ["Received: from [10.0.0.7] by smtp.jovanovic-cpa.example.com; Thu, 11 Dec 2025 11:00:02 -0500"],
      "ravi@menon-dental.example.com",
    ],
    ["no envelope header: the first To", [], "ravi@menon-dental.example.com"],
  ])("%s", async (_why, extra, owner) => expect((await ownerOf(extra))[0]).toBe(owner));
});
