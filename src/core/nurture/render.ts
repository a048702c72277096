// Fills a template's placeholders for one lead; a template that would show `{{…}}` or has no unsubscribe link is refused.

export const PLACEHOLDERS = [
  "First name",
  "Name",
  "Company",
  "Lost reason",
  "Months since",
  "Owner name",
  "Business name",
  "Unsubscribe link",
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export type PlaceholderValues = Record<Placeholder, string>;

export type Rendered = { ok: true; subject: string; text: string } | { ok: false; reason: string };

const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
const BY_NAME = new Map(PLACEHOLDERS.map((p) => [norm(p), p]));

/** What is wrong with a template, before any lead: unknown placeholders, no unsubscribe link, stray braces. */
export function templateProblem(subject: string, body: string): string | undefined {
  const unknown = new Set<string>();
  for (const text of [subject, body])
    for (const m of text.matchAll(TOKEN)) if (!BY_NAME.has(norm(m[1]))) unknown.add(`{{${m[1]}}}`);
  if (unknown.size) return `unknown placeholder ${[...unknown].join(", ")}`;
  if (![...body.matchAll(TOKEN)].some((m) => BY_NAME.get(norm(m[1])) === "Unsubscribe link"))
    return "no {{Unsubscribe link}} in the body";
  if (!subject.trim()) return "no subject";
  return undefined;
}

/** The subject and plain text for one lead; `{{Unsubscribe link}}` becomes the link text the caller gives. */
export function renderTemplate(subject: string, body: string, values: PlaceholderValues): Rendered {
  const problem = templateProblem(subject, body);
  if (problem) return { ok: false, reason: problem };
  const fill = (text: string) =>
    text.replace(TOKEN, (_m, name: string) => values[BY_NAME.get(norm(name))!] ?? "");
  const out = { subject: tidy(fill(subject)).replace(/\s+/g, " "), text: tidy(fill(body)) };
  // Belt and braces: a value from the sheet could itself contain braces; nothing like `{{x}}` ever goes out.
  if (/\{\{|\}\}/.test(out.subject + out.text))
    return { ok: false, reason: "a filled-in value contains {{ or }}" };
  return { ok: true, ...out };
}

/** Cleans what an empty placeholder leaves: "Hi ," → "Hi,", doubled spaces, trailing spaces. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+([,.!?])/g, "$1")
    .replace(/[ \t]{2,}/g, " ")
    .replace(/[ \t]+$/gm, "")
    .trim();
}

/** "Jane" from "Jane Doe", "Dr. Jane Doe", "Doe, Jane"; "" when there is no name. */
export function firstName(name: string): string {
  const n = name.trim();
  if (!n) return "";
  if (/^[^,]+,\s*\S/.test(n)) return n.split(",")[1].trim().split(/\s+/)[0];
  const words = n.split(/\s+/).filter((w) => !/^(dr|mr|mrs|ms|mx|prof|me|mme|m|herr|frau)\.?$/i.test(w));
  return words[0] ?? "";
}
