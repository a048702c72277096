// A mailbox with every kind of input capture reads: a plain inbound email, a forward (and the same person
// forwarded again), an introduction, a message attached as message/rfc822, a card photo attached to an
// email, and a card photo in the Lead cards folder. Fictional people, example domains, 555-01xx numbers.
import fs from "node:fs";
import path from "node:path";
import type { Sandbox } from "../../sandbox/index";
import { deliverLeadMail } from "../../sandbox/cli/run-jobs";
import { putDriveFile } from "../../sandbox/drive/store";
import { forwardedInquiry, person } from "../../sandbox/testing/lead-mail";

const EXAMPLES = path.join(__dirname, "../../examples");

function base64Lines(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64").replace(/.{76}/g, "$&\r\n");
}

function inbound(owner: string): string {
  return [
    "From: Talia Brook <talia.brook@harbor-supply.example>",
    `To: ${owner}`,
    "Subject: Quote for 40 office chairs",
    "Date: Mon, 30 Nov 2026 09:12:00 -0500",
    "Message-ID: <inbound-talia@harbor-supply.example>",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    "Hello, could you send a quote for 40 office chairs?",
    "",
    "Talia Brook",
    "Purchasing, Harbor Supply Co.",
    "Phone: 416-555-0187",
    "",
  ].join("\r\n");
}

function attachedMessage(owner: string): string {
  const inner = [
    "From: Oren Vale <oren.vale@vale-bakery.example>",
    "To: info@ledger-owner.example",
    "Subject: Catering for our opening",
    "Date: Fri, 27 Nov 2026 16:40:00 -0500",
    "Message-ID: <oren-inner@vale-bakery.example>",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    "Hi, we open a second shop in January and would like a quote for catering.",
    "",
    "Oren Vale",
    "Owner, Vale Bakery",
    "Tel: 613-555-0164",
    "",
  ].join("\r\n");
  return [
    `From: Ledger Owner <${owner}>`,
    `To: ${owner.replace("@", "+leads@")}`,
    "Subject: Fwd: Catering for our opening",
    "Date: Mon, 30 Nov 2026 10:00:00 -0500",
    "Message-ID: <attached-oren@ledger-owner.example>",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="m1"',
    "",
    "--m1",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    "See attached.",
    "--m1",
    'Content-Type: message/rfc822; name="catering.eml"',
    'Content-Disposition: attachment; filename="catering.eml"',
    "",
    inner,
    "--m1--",
    "",
  ].join("\r\n");
}

function photoAttached(owner: string): string {
  const jpg = fs.readFileSync(path.join(EXAMPLES, "cards/groupe-boreal.jpg"));
  return [
    `From: Ledger Owner <${owner}>`,
    `To: ${owner.replace("@", "+leads@")}`,
    "Subject: card from the show",
    "Date: Mon, 30 Nov 2026 11:00:00 -0500",
    "Message-ID: <card-attached@ledger-owner.example>",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    "Met him at the show, card attached.",
    "--b1",
    'Content-Type: image/jpeg; name="card.jpg"',
    'Content-Disposition: attachment; filename="card.jpg"',
    "Content-Transfer-Encoding: base64",
    "",
    base64Lines(jpg),
    "--b1--",
    "",
  ].join("\r\n");
}

/** Delivers one of each kind of input; returns the e-mail of each person that should end in one row. */
export function deliverEveryKind(sb: Sandbox): string[] {
  deliverLeadMail(sb, inbound(sb.user));
  deliverLeadMail(sb, forwardedInquiry(person(1), sb.user, 0));
  deliverLeadMail(sb, fs.readFileSync(path.join(EXAMPLES, "inbox/01-intro-priya.eml")));
  deliverLeadMail(sb, attachedMessage(sb.user));
  deliverLeadMail(sb, photoAttached(sb.user));
  deliverLeadMail(sb, forwardedInquiry(person(1), sb.user, 1));
  const card = fs.readFileSync(path.join(EXAMPLES, "cards/harborview-realty.jpg"));
  putDriveFile(sb, "Lead cards", "harborview-realty.jpg", new Uint8Array(card), "image/jpeg");
  return [
    "talia.brook@harbor-supply.example",
    person(1).email,
    "priya.raman@northwind-dental.example",
    "oren.vale@vale-bakery.example",
    "marc-andre.tremblay@groupe-boreal.example",
    "maya.castillo@harborview-realty.example",
  ];
}

/** How many inputs that mailbox holds (6 messages, one of them with a photo, and one photo in Drive). */
export const EVERY_KIND_INPUTS = 8;
