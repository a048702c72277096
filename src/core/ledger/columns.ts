// The ledger's tabs and columns as DESIGN.md defines them, by stable key; headers are what users see.

/** How a column's cells are formatted and who writes them. */
export type ColumnKind = "text" | "date" | "datetime" | "number" | "system";

export interface ColumnSpec<K extends string = string> {
  key: K;
  header: string;
  kind: ColumnKind;
  /** Other header texts users (or earlier versions) may have written for the same column. */
  aliases?: string[];
}

export const STAGES = ["New", "Contacted", "Appointment", "Proposal", "Won", "Lost"] as const;
export type Stage = (typeof STAGES)[number];

export const TAGS = {
  incomplete: "Incomplete Lead",
  review: "Needs review",
  reengaged: "Re-engaged",
  doNotEmail: "Do not email",
  bounced: "Bounced",
} as const;

/** Leads, left to right as setup creates them; the system columns stay at the right (hidden). */
export const LEAD_COLUMNS = [
  { key: "leadId", header: "Lead ID", kind: "text", aliases: ["ID", "Lead #"] },
  {
    key: "captured",
    header: "Captured",
    kind: "datetime",
    aliases: ["Captured on", "Created", "Date added"],
  },
  { key: "name", header: "Name", kind: "text", aliases: ["Full name", "Contact", "Contact name"] },
  { key: "company", header: "Company", kind: "text", aliases: ["Organization", "Organisation", "Business"] },
  { key: "title", header: "Title", kind: "text", aliases: ["Job title", "Position", "Role"] },
  { key: "email", header: "Email", kind: "text", aliases: ["E-mail", "Email address", "Mail"] },
  { key: "phone", header: "Phone", kind: "text", aliases: ["Phone number", "Telephone", "Tel", "Mobile"] },
  { key: "website", header: "Website", kind: "text", aliases: ["Web", "Site", "URL", "Web site"] },
  { key: "source", header: "Source", kind: "text", aliases: ["Lead source", "Referral"] },
  { key: "stage", header: "Stage", kind: "text", aliases: ["Status", "Pipeline stage"] },
  { key: "contactedOn", header: "Contacted on", kind: "date", aliases: ["Contacted", "Date contacted"] },
  { key: "appointmentOn", header: "Appointment on", kind: "date", aliases: ["Appointment", "Meeting on"] },
  { key: "proposalOn", header: "Proposal on", kind: "date", aliases: ["Proposal", "Quote on"] },
  { key: "wonOn", header: "Won on", kind: "date", aliases: ["Won", "Closed on"] },
  { key: "lostOn", header: "Lost on", kind: "date", aliases: ["Lost"] },
  { key: "lostReason", header: "Lost reason", kind: "text", aliases: ["Reason lost", "Loss reason"] },
  { key: "tags", header: "Tags", kind: "text", aliases: ["Tag", "Labels"] },
  {
    key: "nextFollowUp",
    header: "Next follow-up",
    kind: "date",
    aliases: ["Follow-up", "Follow up", "Next follow up", "Follow-up date"],
  },
  { key: "owner", header: "Owner", kind: "text", aliases: ["Assigned to", "Sales rep"] },
  { key: "lastActivity", header: "Last activity", kind: "date", aliases: ["Last touch", "Last contact"] },
  { key: "nurtureStep", header: "Nurture step", kind: "number" },
  { key: "lastNurture", header: "Last nurture", kind: "date" },
  { key: "notes", header: "Notes", kind: "text", aliases: ["Note", "Comments"] },
  { key: "origin", header: "Origin", kind: "text", aliases: ["Origin link", "Link"] },
  { key: "messageIds", header: "Message IDs", kind: "system", aliases: ["Captured message IDs"] },
  { key: "photoIds", header: "Photo IDs", kind: "system", aliases: ["Captured photo IDs"] },
  { key: "calendarEventId", header: "Calendar event ID", kind: "system", aliases: ["Event ID"] },
  { key: "nurtureThreadId", header: "Nurture thread ID", kind: "system" },
] as const satisfies readonly ColumnSpec[];

export type LeadKey = (typeof LEAD_COLUMNS)[number]["key"];

/** Which "… on" column records that a stage was reached. */
export const STAGE_DATE_KEY: Partial<Record<Stage, LeadKey>> = {
  Contacted: "contactedOn",
  Appointment: "appointmentOn",
  Proposal: "proposalOn",
  Won: "wonOn",
  Lost: "lostOn",
};

export const ACTIVITY_COLUMNS = [
  { key: "time", header: "Time", kind: "datetime" },
  { key: "leadId", header: "Lead ID", kind: "text" },
  { key: "event", header: "Event", kind: "text" },
  { key: "details", header: "Details", kind: "text" },
  { key: "by", header: "By", kind: "text" },
  { key: "ref", header: "Input", kind: "system", aliases: ["Ref", "Reference"] },
] as const satisfies readonly ColumnSpec[];

export type ActivityKey = (typeof ACTIVITY_COLUMNS)[number]["key"];

export const TEMPLATE_COLUMNS = [
  { key: "step", header: "Step", kind: "number" },
  { key: "subject", header: "Subject", kind: "text" },
  { key: "body", header: "Body", kind: "text" },
  { key: "segment", header: "Segment", kind: "text", aliases: ["Lost reason", "Audience"] },
] as const satisfies readonly ColumnSpec[];

export const SETTINGS_COLUMNS = [
  { key: "key", header: "Setting", kind: "text", aliases: ["Key", "Name"] },
  { key: "value", header: "Value", kind: "text" },
  { key: "help", header: "What it does", kind: "text", aliases: ["Help", "Description"] },
] as const satisfies readonly ColumnSpec[];

export const TAB_NAMES = {
  leads: "Leads",
  activity: "Activity",
  templates: "Templates",
  settings: "Settings",
  summary: "Summary",
} as const;
