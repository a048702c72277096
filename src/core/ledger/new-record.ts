// A captured lead's new row: what was read, its source and tags, stage New, its follow-up and where it came from.
import type { Lead } from "../lead";
import type { CellValue } from "./literal";
import type { LeadRecord } from "./record";
import type { CaptureInput } from "./capture-input";
import { captureTags } from "./tags";
import { leadSource } from "./source";
import { describeInput } from "./describe-input";

export interface NewRow {
  leadId: string;
  now: Date;
  /** Today in the ledger's time zone (YYYY-MM-DD), and as the cell written for it. */
  today: string;
  todayCell: Date;
  followUpCell: Date;
  owner: string;
  review: boolean;
}

/** The Leads row a lead read from `input` starts as. */
export function newLeadRecord(lead: Lead, input: CaptureInput, row: NewRow): LeadRecord {
  return {
    leadId: row.leadId,
    captured: row.now,
    name: lead.name ?? "",
    company: lead.company ?? "",
    title: lead.title ?? "",
    email: lead.email ?? "",
    phone: lead.phone ?? "",
    website: lead.website ?? "",
    source: leadSource(input.kind, lead),
    stage: "New",
    tags: captureTags(lead, row.review).join(", "),
    nextFollowUp: row.followUpCell as CellValue,
    owner: row.owner,
    lastActivity: row.todayCell,
    notes: `${row.today}: captured from ${describeInput(input)}`,
    origin: input.link,
    [input.idKey]: input.recordId,
  };
}
