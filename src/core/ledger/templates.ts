// The default nurture sequence setup writes to the Templates tab: only the (step, segment) rows it lacks.
import { DEFAULT_NURTURE, missingNurtureTemplates } from "../nurture/default-templates";
import { TEMPLATE_COLUMNS } from "./columns";
import { readTemplates } from "../nurture/templates";

export const DEFAULT_TEMPLATES = DEFAULT_NURTURE;

/**
 * Template rows missing from the tab, laid out by its columns (key → 1-based column, as setup found or made
 * them). `rows` are the tab's rows below the header; the user's own rows are never changed.
 */
export function missingTemplateRows(
  rows: readonly (readonly unknown[])[],
  columns: Record<string, number>,
): (string | number)[][] {
  const width = Math.max(0, ...Object.values(columns));
  const header: string[] = new Array(width).fill("");
  for (const c of TEMPLATE_COLUMNS) if (columns[c.key]) header[columns[c.key] - 1] = c.header;
  const have = readTemplates([header, ...rows]);
  return missingNurtureTemplates(have).map((t) => {
    const row: (string | number)[] = new Array(width).fill("");
    for (const [k, v] of Object.entries(t)) if (columns[k]) row[columns[k] - 1] = v;
    return row;
  });
}
