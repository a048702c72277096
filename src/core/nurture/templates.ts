// The nurture sequence of the Templates tab: rows read by header, and the template a lead's step and segment get.
import { TEMPLATE_COLUMNS } from "../ledger/columns";
import { mapHeaders } from "../ledger/headers";
import { templateSegment, type Segment } from "./segments";

export interface NurtureTemplate {
  step: number;
  segment: Segment;
  subject: string;
  body: string;
  /** 1-based sheet row, for messages that point the owner at it. */
  row: number;
}

type TemplateKey = (typeof TEMPLATE_COLUMNS)[number]["key"];

/** The templates of the tab's values (header row first); rows without a step number or a body are left out. */
export function readTemplates(values: readonly (readonly unknown[])[]): NurtureTemplate[] {
  if (!values.length) return [];
  const map = mapHeaders<TemplateKey>(values[0], TEMPLATE_COLUMNS);
  const at = (r: readonly unknown[], k: TemplateKey) => {
    const i = map.index[k];
    return i === undefined ? "" : String(r[i] ?? "");
  };
  const out: NurtureTemplate[] = [];
  values.slice(1).forEach((r, i) => {
    const step = Number(at(r, "step").trim());
    const segment = templateSegment(at(r, "segment"));
    if (!Number.isInteger(step) || step < 1 || !at(r, "body").trim() || !segment) return;
    out.push({ step, segment, subject: at(r, "subject").trim(), body: at(r, "body"), row: i + 2 });
  });
  return out;
}

/** The template for a step: the lead's segment first, else the step's "any" template; the first such row wins. */
export function pickTemplate(
  templates: readonly NurtureTemplate[],
  step: number,
  segment: Segment,
): NurtureTemplate | undefined {
  return (
    templates.find((t) => t.step === step && t.segment === segment) ??
    templates.find((t) => t.step === step && t.segment === "any")
  );
}
