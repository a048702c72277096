// How each column reads on screen: its width (pixels, as Sheets measures them) and whether long text wraps.
// Dates get room for "2026-12-31" (never "###"); free text that runs long wraps instead of being cut off.
import type { ColumnKind } from "./columns";

export interface ColumnLayout {
  width: number;
  wrap?: boolean;
}

/** Widths by kind, for a column not named below. */
const BY_KIND: Record<ColumnKind, ColumnLayout> = {
  text: { width: 160 },
  date: { width: 110 },
  datetime: { width: 145 },
  number: { width: 90 },
  system: { width: 120 },
};

/** Per tab, by column key: the columns whose content is longer or shorter than their kind's usual. */
const BY_KEY: Record<string, Record<string, ColumnLayout>> = {
  Leads: {
    leadId: { width: 80 },
    name: { width: 170 },
    company: { width: 180 },
    email: { width: 230 },
    phone: { width: 135 },
    website: { width: 180 },
    source: { width: 180 },
    stage: { width: 115 },
    contactedOn: { width: 115 },
    appointmentOn: { width: 125 },
    tags: { width: 190 },
    nextFollowUp: { width: 120 },
    owner: { width: 200 },
    lastActivity: { width: 110 },
    nurtureStep: { width: 100 },
    notes: { width: 380, wrap: true },
    origin: { width: 80 },
  },
  Activity: {
    leadId: { width: 80 },
    event: { width: 120 },
    details: { width: 520, wrap: true },
    by: { width: 200 },
  },
  Templates: {
    step: { width: 60 },
    subject: { width: 280 },
    body: { width: 560, wrap: true },
  },
  Settings: {
    key: { width: 190 },
    value: { width: 260 },
    help: { width: 460, wrap: true },
  },
};

export function columnLayout(tab: string, key: string, kind: ColumnKind): ColumnLayout {
  return BY_KEY[tab]?.[key] ?? BY_KIND[kind];
}
