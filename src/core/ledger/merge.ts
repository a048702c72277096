// Merging a newly captured lead into an existing row: fill blanks, append Notes, never overwrite a typed value.
import type { Lead } from "../lead";
import { TAGS } from "./columns";
import type { LeadKey } from "./columns";
import { isBlank, cellText, type CellValue } from "./literal";
import type { LeadRecord } from "./record";
import { addTags, splitTags } from "./tags";
import { emailKeys, phoneKeys, nameKey, companyKey } from "./dedupe";

/** Contact fields a merge may fill when blank, and how two values are compared. */
const FILLABLE: {
  key: LeadKey & keyof Lead;
  label: string;
  same: (a: unknown, b: string, region: string) => boolean;
}[] = [
  { key: "name", label: "Name", same: (a, b) => nameKey(a) === nameKey(b) },
  { key: "company", label: "Company", same: (a, b) => companyKey(a) === companyKey(b) },
  { key: "title", label: "Title", same: (a, b) => nameKey(a) === nameKey(b) },
  { key: "email", label: "Email", same: (a, b) => emailKeys(a).includes(b.toLowerCase()) },
  {
    key: "phone",
    label: "Phone",
    same: (a, b, r) => phoneKeys(a, r).some((p) => phoneKeys(b, r).includes(p)),
  },
  { key: "website", label: "Website", same: (a, b) => cellText(a).toLowerCase().includes(b.toLowerCase()) },
  { key: "source", label: "Source", same: (a, b) => cellText(a).toLowerCase() === b.toLowerCase() },
];

export interface MergeInput {
  lead: Lead;
  needsReview: boolean;
  /** Where it came from, for the Notes line: `email "Subject"` or `card photo IMG_1.jpg`. */
  from: string;
  /** Next follow-up to fill when the row has none (the lead's date, or the default delay). */
  followUp?: CellValue;
  /** The note's date, YYYY-MM-DD. */
  today: string;
  todayCell: CellValue;
  origin: string;
  owner: string;
  region: string;
  idKey: "messageIds" | "photoIds";
  id: string;
}

export interface MergeResult {
  /** Only the cells that change. */
  changes: LeadRecord;
  /** Fields filled and facts that differed, for the Activity entry. */
  filled: string[];
  differing: string[];
}

export function planMerge(row: LeadRecord, m: MergeInput): MergeResult {
  const changes: LeadRecord = {};
  const filled: string[] = [];
  const differing: string[] = [];
  const current = (k: LeadKey): CellValue | undefined => (k in changes ? changes[k] : row[k]);
  for (const f of FILLABLE) {
    const value = m.lead[f.key];
    if (!value) continue;
    if (isBlank(row[f.key])) {
      changes[f.key] = value;
      filled.push(f.label);
    } else if (!f.same(row[f.key], value, m.region) && f.key !== "source") {
      differing.push(`${f.label}: ${value}`);
    }
  }
  if (
    m.followUp !== undefined &&
    m.followUp !== "" &&
    isBlank(row.nextFollowUp) &&
    !/^(won|lost)$/i.test(cellText(row.stage))
  ) {
    changes.nextFollowUp = m.followUp;
    filled.push("Next follow-up");
  } else if (m.lead.followUp && !isBlank(row.nextFollowUp)) {
    differing.push(`Follow-up asked for ${m.lead.followUp}`);
  }
  if (isBlank(row.owner) && m.owner) changes.owner = m.owner;
  if (isBlank(row.origin) && m.origin) changes.origin = m.origin;

  const hasContact = !isBlank(current("email")) || !isBlank(current("phone"));
  let tags = splitTags(row.tags);
  // Incomplete Lead describes missing data; once the merge supplied an email or phone it is no longer true.
  if (hasContact) tags = tags.filter((t) => t.toLowerCase() !== TAGS.incomplete.toLowerCase());
  const newTags = addTags(tags.join(", "), m.needsReview ? [TAGS.review] : []);
  if (newTags !== cellText(row.tags)) changes.tags = newTags;

  if (
    isBlank(row.lastActivity) ||
    (row.lastActivity instanceof Date && m.todayCell instanceof Date && row.lastActivity < m.todayCell)
  )
    changes.lastActivity = m.todayCell;

  const noteParts = [`${m.today}: merged from ${m.from}`];
  if (filled.length) noteParts.push(`filled ${filled.join(", ")}`);
  if (differing.length) noteParts.push(`also ${differing.join("; ")}`);
  const line = noteParts.join(" — ");
  const notes = cellText(row.notes);
  changes.notes = notes ? `${notes}\n${line}` : line;

  const ids = String(row[m.idKey] ?? "").trim();
  changes[m.idKey] = ids ? `${ids} ${m.id}` : m.id;
  return { changes, filled, differing };
}
