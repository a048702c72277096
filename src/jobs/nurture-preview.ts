// Preview this month's nurture (who gets which step, who is skipped and why; nothing is sent) and
// "Send me a test" (step N to the owner, as a lead would get it).
import { planNurture } from "../core/nurture/plan";
import { composeNurture } from "../core/nurture/compose";
import { renderTemplate } from "../core/nurture/render";
import { firstName } from "../core/nurture/render";
import { pickTemplate } from "../core/nurture/templates";
import type { NurtureLead } from "../core/nurture/eligibility";
import { PropsStore } from "../workspace/props";
import { leadToken, sendRaw, tokenSecret } from "../workspace/nurture-mail";
import { eligibilityContext, readNurtureLedger, senderOf } from "./nurture-ledger";

export interface NurturePreview {
  month: string;
  sends: { leadId: string; name: string; email: string; step: number; segment: string; subject: string }[];
  skips: { leadId: string; name: string; email: string; reason: string }[];
  refused: { template: string; reason: string }[];
  problem?: string;
}

export function previewNurture(now: Date = new Date()): NurturePreview {
  const props = new PropsStore();
  const l = readNurtureLedger(props);
  if (typeof l === "string") return { month: "", sends: [], skips: [], refused: [], problem: l };
  const ctx = eligibilityContext(l, props, now);
  const plan = planNurture(l.values, l.map, l.templates, ctx);
  const sender = senderOf(l);
  return {
    month: ctx.today.slice(0, 7),
    sends: plan.sends.map((p) => {
      const r = renderTemplate(p.template.subject, p.template.body, {
        "First name": firstName(p.lead.name),
        Name: p.lead.name,
        Company: p.lead.company,
        "Lost reason": p.lead.lostReason,
        "Months since": "",
        "Owner name": sender.ownerName,
        "Business name": sender.businessName,
        "Unsubscribe link": "",
      });
      return {
        leadId: p.lead.leadId,
        name: p.lead.name,
        email: p.lead.email,
        step: p.step,
        segment: p.template.segment,
        subject: r.ok ? r.subject : `(not sent: ${r.reason})`,
      };
    }),
    skips: plan.skips.map((s) => ({ leadId: s.leadId, name: s.name, email: s.email, reason: s.reason })),
    refused: plan.refused,
  };
}

/** The preview as plain lines (toast, card, CLI). */
export function previewLines(p: NurturePreview): string[] {
  if (p.problem) return [p.problem];
  return [
    `Nurture ${p.month}: ${p.sends.length} to send, ${p.skips.length} skipped.`,
    ...p.refused.map((r) => `Template ${r.template} refused: ${r.reason}`),
    ...p.sends.map((s) => `${s.leadId} ${s.name} <${s.email}>: step ${s.step} (${s.segment}) "${s.subject}"`),
    ...p.skips.map((s) => `${s.leadId} ${s.name || s.email}: skipped, ${s.reason}`),
  ];
}

/** Sends step `step` (any segment, or `segment`) to the owner, with a sample lead's values. Nothing is recorded. */
export function sendTestNurture(step: number, now: Date = new Date(), segment = "any"): string {
  const props = new PropsStore();
  const l = readNurtureLedger(props);
  if (typeof l === "string") return l;
  const template = pickTemplate(l.templates, step, segment as never);
  if (!template) return `There is no template for step ${step} in the Templates tab.`;
  const sample: NurtureLead = {
    leadId: "L-TEST",
    name: "Sample Lead",
    company: "Sample Company",
    email: l.owner,
    stage: "Lost",
    lostOn: "",
    lostReason: segment === "any" ? "" : segment,
    tags: "",
    nurtureStep: step - 1,
    lastNurture: "",
    lastActivity: "",
  };
  if (!l.settings.businessAddress.trim())
    return "Fill in Business address in Settings first: every nurture email shows it.";
  const secret = tokenSecret(props);
  props.flush();
  const today = now.toISOString().slice(0, 10);
  const mail = composeNurture(sample, template, senderOf(l), leadToken("L-TEST", secret), "test", now, today);
  if (!mail.ok) return `Step ${step} (Templates row ${template.row}) cannot be sent: ${mail.reason}.`;
  sendRaw(mail.raw.replace(/^Subject: /m, "Subject: [Test] "));
  return `Sent step ${step} to ${l.owner}: "${mail.subject}".`;
}
