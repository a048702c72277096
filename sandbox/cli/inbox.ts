// The --inbox folder as `lead-ledger run` reads it: each .eml is a message to deliver; every other file is
// reported as skipped with the reason; a folder inside it (even one named x.eml) is ignored with a warning.
import fs from "node:fs";
import path from "node:path";

export interface InboxListing {
  /** .eml files to deliver, sorted by name. */
  emails: string[];
  /** Files that are not e-mails: named in the report, never silently dropped. */
  skipped: { file: string; why: string }[];
  warnings: string[];
}

export function readInbox(dir: string | undefined): InboxListing {
  const out: InboxListing = { emails: [], skipped: [], warnings: [] };
  if (!dir) return out;
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new Error(`cannot read folder ${dir}`);
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch (err) {
      out.skipped.push({ file: name, why: `cannot be read (${err instanceof Error ? err.message : String(err)})` });
      continue;
    }
    if (stat.isDirectory()) out.warnings.push(`${name}/ is a folder inside the inbox: ignored (sub-folders are not read)`);
    else if (name.startsWith(".")) continue;
    else if (/\.eml$/i.test(name)) out.emails.push(file);
    else out.skipped.push({ file: name, why: "not an e-mail (only .eml files are delivered)" });
  }
  return out;
}
