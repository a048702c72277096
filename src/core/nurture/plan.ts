// This month's nurture for the whole Leads tab: who gets which step and template, who is skipped and why. Pure:
// the preview shows it, the sending job sends it.
import type { LeadKey } from "../ledger/columns";
import type { HeaderMap } from "../ledger/headers";
import { readRecord } from "../ledger/record";
import { cellText } from "../ledger/literal";
import { nurtureDecision, type EligibilityContext, type NurtureLead } from "./eligibility";
import { pickTemplate, type NurtureTemplate } from "./templates";
import { templateProblem } from "./render";
import type { Segment } from "./segments";

export interface PlannedSend {
  /** 0-based index in the tab's values (0 = header). */
  row: number;
  lead: NurtureLead;
  step: number;
  segment: Segment;
  template: NurtureTemplate;
}

export interface PlannedSkip {
  row: number;
  leadId: string;
  name: string;
  email: string;
  reason: string;
}

export interface NurturePlan {
  sends: PlannedSend[];
  skips: PlannedSkip[];
  /** Templates refused this month (each once), for one Activity entry each. */
  refused: { template: string; reason: string }[];
}

const FIELDS = [
  "leadId",
  "name",
  "company",
  "email",
  "stage",
  "lostOn",
  "lostReason",
  "tags",
  "nurtureStep",
  "lastNurture",
  "lastActivity",
] as const satisfies readonly (keyof NurtureLead & LeadKey)[];

export function leadOf(row: readonly unknown[], map: HeaderMap<LeadKey>): NurtureLead {
  const rec = readRecord<LeadKey>(row, map);
  const lead = {} as Record<string, unknown>;
  for (const f of FIELDS)
    lead[f] =
      f === "lostOn" || f === "lastNurture" || f === "lastActivity" || f === "nurtureStep"
        ? (rec[f] ?? "")
        : cellText(rec[f] ?? "").trim();
  return lead as unknown as NurtureLead;
}

export function planNurture(
  values: readonly (readonly unknown[])[],
  map: HeaderMap<LeadKey>,
  templates: readonly NurtureTemplate[],
  ctx: EligibilityContext & { businessAddress: string },
): NurturePlan {
  const plan: NurturePlan = { sends: [], skips: [], refused: [] };
  const refusedKeys = new Map<string, string>();
  for (let r = 1; r < values.length; r++) {
    const lead = leadOf(values[r], map);
    if (!lead.leadId && !lead.email) continue;
    const d = nurtureDecision(lead, ctx);
    if (!d) continue;
    const skip = (reason: string) =>
      plan.skips.push({ row: r, leadId: lead.leadId, name: lead.name, email: lead.email, reason });
    if (!d.send) {
      skip(d.reason);
      continue;
    }
    const template = pickTemplate(templates, d.step, d.segment);
    if (!template) {
      skip(`no template for step ${d.step} in the Templates tab`);
      continue;
    }
    const label = `step ${template.step} (${template.segment}, Templates row ${template.row})`;
    const problem = ctx.businessAddress.trim()
      ? templateProblem(template.subject, template.body)
      : "no Business address in Settings (every nurture email must show your postal address)";
    if (problem) {
      if (!refusedKeys.has(label)) {
        refusedKeys.set(label, problem);
        plan.refused.push({ template: label, reason: problem });
      }
      skip(`template ${label} refused: ${problem}`);
      continue;
    }
    plan.sends.push({ row: r, lead, step: d.step, segment: d.segment, template });
  }
  return plan;
}
