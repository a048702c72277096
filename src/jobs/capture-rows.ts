// The sheet rows a capture run wrote, by Lead ID, so a card can link to each lead's row.

/** Sheet rows (1-based) of the leads written: changed rows where they are, new ones below the rows read. */
export function writtenRows(
  values: unknown[][],
  idCol: number | undefined,
  changes: Map<number, { leadId?: unknown }>,
  added: readonly { leadId?: unknown }[],
): Record<string, number> {
  const rows: Record<string, number> = {};
  for (const r of changes.keys()) {
    const id = String((idCol === undefined ? "" : values[r]?.[idCol]) || changes.get(r)?.leadId || "");
    if (id) rows[id] = r + 1;
  }
  added.forEach((rec, i) => {
    if (rec.leadId) rows[String(rec.leadId)] = values.length + i + 1;
  });
  return rows;
}
