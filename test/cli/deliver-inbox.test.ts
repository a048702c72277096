// `run --inbox`: an answer to mail the account sent arrives as ordinary mail on that thread, not in the capture queue.
import { Sandbox } from "../../sandbox/index";
import { deliverInboxFile } from "../../sandbox/cli/deliver-inbox";
import { execution } from "../../sandbox/cli/run-jobs";
import { mailState } from "../../sandbox/gmail/store";

const sent = [
  "From: Sam Rivera <owner@ledger-owner.example>",
  "To: Pat <pat@customer.example>",
  "Subject: Checking in, Pat",
  "Message-ID: <lead-ledger.nurture.L-0001.1.2026-12.abc@ledger-owner.example>",
  "Content-Type: text/plain",
  "",
  "Hi Pat",
  "",
].join("\r\n");
const bytes = (s: string) => new Uint8Array(Buffer.from(s));

test("a reply threads onto the sent message and lands in the inbox without the Leads label; other mail goes to Leads", () => {
  const sb = new Sandbox({ now: new Date("2026-12-01T15:00:00Z"), clockFollowsRealTime: false });
  const sentId = execution(
    sb,
    () => Gmail!.Users!.Messages!.send({ raw: Buffer.from(sent).toString("base64url") }, "me").id!,
  );
  const reply = deliverInboxFile(
    sb,
    bytes(
      "From: pat@customer.example\r\nTo: owner@ledger-owner.example\r\nSubject: Re: Checking in, Pat\r\nMessage-ID: <r1@customer.example>\r\nIn-Reply-To: <lead-ledger.nurture.L-0001.1.2026-12.abc@ledger-owner.example>\r\n\r\nYes please\r\n",
    ),
  );
  const unsub = deliverInboxFile(
    sb,
    bytes(
      "From: pat@customer.example\r\nTo: owner+unsubscribe@ledger-owner.example\r\nSubject: unsubscribe\r\nMessage-ID: <u1@customer.example>\r\n\r\n\r\n",
    ),
  );
  const lead = deliverInboxFile(
    sb,
    bytes(
      "From: ann@customer.example\r\nTo: owner+leads@ledger-owner.example\r\nSubject: Quote\r\nMessage-ID: <q1@customer.example>\r\n\r\nHi\r\n",
    ),
  );
  const m = mailState(sb.kernel).messages;
  expect(m[reply].threadId).toBe(m[sentId].threadId);
  expect(m[reply].labelIds).toContain("INBOX");
  expect(m[reply].labelIds.some((l) => l.startsWith("Label_"))).toBe(false);
  expect(m[unsub].deliveredTo).toContain("owner+unsubscribe@ledger-owner.example");
  expect(m[unsub].labelIds.some((l) => l.startsWith("Label_"))).toBe(false);
  expect(m[lead].labelIds.some((l) => l.startsWith("Label_"))).toBe(true);
});
