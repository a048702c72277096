// The naive capture the benchmark compares against: what a first Apps Script version typically looks like —
// a lookup of the Email column per lead, appendRow per lead, a setValue per merged cell, a label per thread.
import { readMessage, decode } from "../../src/workspace/gmail-message";
import { extractLeadFromEmail } from "../../src/core/email/extract";

export function naiveCapture(ownerEmail: string): number {
  const ss = SpreadsheetApp.openById(
    PropertiesService.getUserProperties().getProperty("ledger.spreadsheetId")!,
  );
  const leads = ss.getSheetByName("Leads")!;
  const activity = ss.getSheetByName("Activity")!;
  const header = leads.getRange(1, 1, 1, leads.getLastColumn()).getValues()[0].map(String);
  const col = (h: string) => header.indexOf(h) + 1;
  const captured = GmailApp.getUserLabelByName("Leads/Captured")!;
  const todo = GmailApp.getUserLabelByName("Leads")!;
  let n = 0;
  for (;;) {
    const threads = GmailApp.search("label:leads", 0, 50);
    if (!threads.length) break;
    for (const thread of threads) {
      for (const message of thread.getMessages()) {
        const { lead } = extractLeadFromEmail(readMessage(message).email, {
          ownerEmails: [ownerEmail],
          defaultRegion: "CA",
          decode,
        });
        const last = leads.getLastRow();
        const emails =
          last > 1
            ? leads
                .getRange(2, col("Email"), last - 1, 1)
                .getValues()
                .map((r) => String(r[0]))
            : [];
        const at = lead.email ? emails.indexOf(lead.email) : -1;
        if (at >= 0) {
          const notes = leads.getRange(at + 2, col("Notes"));
          notes.setValue(`${notes.getValue()}\nmerged from ${message.getSubject()}`);
          leads.getRange(at + 2, col("Message IDs")).setValue(message.getId());
        } else {
          const row = header.map(() => "" as unknown);
          row[col("Lead ID") - 1] = `L-${last}`;
          row[col("Name") - 1] = lead.name ?? "";
          row[col("Email") - 1] = lead.email ?? "";
          row[col("Phone") - 1] = lead.phone ?? "";
          row[col("Company") - 1] = lead.company ?? "";
          row[col("Stage") - 1] = "New";
          row[col("Message IDs") - 1] = message.getId();
          leads.appendRow(row);
        }
        activity.appendRow([
          new Date(),
          "",
          at >= 0 ? "merged" : "captured",
          message.getSubject(),
          "automation",
          message.getId(),
        ]);
        n++;
      }
      thread.addLabel(captured);
      thread.removeLabel(todo);
    }
  }
  return n;
}
