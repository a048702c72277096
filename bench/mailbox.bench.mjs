// Mailbox and Drive fakes: time to deliver .eml files, to search 1,000 messages, to list 1,000 Drive files.
import { loadTs, root } from "./load-ts.mjs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const { Sandbox, deliverEml, putDriveFile } = await loadTs(
  "mailbox",
  `export { Sandbox } from "./sandbox/index"; export { deliverEml } from "./sandbox/gmail/mailbox"; export { putDriveFile } from "./sandbox/drive/store";`,
);

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const sb = new Sandbox({ now: new Date("2025-02-10T15:00:00Z"), clockFollowsRealTime: false });
const GmailApp = sb.globals.GmailApp;

const corpus = path.join(process.env.LEAD_LEDGER_SHARED ?? path.resolve(root, "..", "shared"), "corpus", "emails");
if (fs.existsSync(corpus)) {
  const files = fs.readdirSync(corpus).filter((f) => f.endsWith(".eml"));
  const t0 = process.hrtime.bigint();
  for (const f of files) deliverEml(sb, fs.readFileSync(path.join(corpus, f)), { labels: ["Leads"] });
  console.log(`deliver ${files.length} corpus .eml files: ${ms(t0).toFixed(1)} ms`);
}

const N = 1000;
let t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) {
  const raw = `From: Lead ${i} <lead${i}@example.com>\r\nTo: owner@ledger-owner.example\r\nSubject: Inquiry ${i}\r\nMessage-ID: <b${i}@example.com>\r\nDate: Mon, 3 Feb 2025 10:00:00 -0500\r\n\r\nPlease call me at 416-555-01${String(i % 100).padStart(2, "0")}.\r\n`;
  deliverEml(sb, raw, { labels: i % 2 ? ["Leads"] : [] });
}
console.log(`deliver ${N} small messages: ${ms(t0).toFixed(1)} ms (${(ms(t0) / N).toFixed(2)} ms each)`);

t0 = process.hrtime.bigint();
const found = GmailApp.search(
  "(label:leads OR deliveredto:owner+leads@ledger-owner.example) -label:lead-ledger-captured",
  0,
  500,
);
console.log(`search over ${N}+ messages: ${ms(t0).toFixed(1)} ms, ${found.length} threads`);

for (let i = 0; i < N; i++)
  putDriveFile(sb, "Lead cards", `IMG_${i}.jpg`, new Uint8Array([0xff, 0xd8, 0xff, i % 256]), "image/jpeg");
t0 = process.hrtime.bigint();
const listed = sb.globals.Drive.Files.list({
  q: "mimeType contains 'image/' and trashed = false",
  pageSize: 1000,
});
console.log(`Drive.Files.list over ${N} files: ${ms(t0).toFixed(1)} ms, ${listed.files.length} files`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-state-"));
t0 = process.hrtime.bigint();
sb.save(dir);
const size = fs.statSync(path.join(dir, "sandbox-state.json")).size;
console.log(`save: ${ms(t0).toFixed(1)} ms, ${(size / 1024).toFixed(0)} KB`);
t0 = process.hrtime.bigint();
Sandbox.load(dir);
console.log(`load: ${ms(t0).toFixed(1)} ms`);
