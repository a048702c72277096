// The default nurture sequence setup writes to the Templates tab (only steps that are missing).

export const DEFAULT_TEMPLATES: { step: number; subject: string; body: string }[] = [
  {
    step: 1,
    subject: "Checking in, {{First name}}",
    body: "Hi {{First name}},\n\nIt has been a while since we last spoke about {{Company}}. Has anything changed on your side? I would be glad to pick up where we left off.\n\nBest,\n{{Owner name}}\n\nNo longer interested? {{Unsubscribe link}}",
  },
  {
    step: 2,
    subject: "An idea for {{Company}}",
    body: "Hi {{First name}},\n\nA quick idea that has helped businesses like {{Company}} recently — happy to share details if the timing is better now.\n\nBest,\n{{Owner name}}\n\nNo longer interested? {{Unsubscribe link}}",
  },
  {
    step: 3,
    subject: "Still on your list?",
    body: "Hi {{First name}},\n\nShould I keep you on my list, or close the file for now? Either answer is fine.\n\nBest,\n{{Owner name}}\n\nNo longer interested? {{Unsubscribe link}}",
  },
];

/** Template rows missing from the tab, by step number. */
export function missingTemplateRows(rows: readonly (readonly unknown[])[]): (string | number)[][] {
  const have = new Set(rows.map((r) => Number(r[0])));
  return DEFAULT_TEMPLATES.filter((t) => !have.has(t.step)).map((t) => [t.step, t.subject, t.body]);
}
