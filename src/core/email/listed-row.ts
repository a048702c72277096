// A list of people forwarded under a note that names one of them (an event's attendee list, a fair's lead scans).
import { findEmails } from "../contact/email";
import { isHonorificWord } from "../contact/name";
import { FORM_FIELDS } from "./form-labels";
import type { FormFields } from "./form";

/** Cell separators of a list pasted as text: "|", a spaced dash ("–", "—", "-"), a tab, ";". */
const CELL_SEPARATOR_RE = /\s*\|\s*|\s+[–—-]\s+|\t+|\s*;\s*/;
/** A row's number ("2.", "3)") before its first cell. */
const ROW_NUMBER_RE = /^\s*\d{1,3}[.)]\s*/;
/** A person's name cell: two to four capitalised words, honorifics and titles ("Herr Dr.") among them. */
const NAME_CELL_RE = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’-]+$/u;

const cellsOf = (line: string) => line.replace(ROW_NUMBER_RE, "").trim().split(CELL_SEPARATOR_RE);
const fieldOf = (label: string) => FORM_FIELDS.find((f) => f.re.test(label.trim()))?.field;

/**
 * The row of a list in `body` whose person the note names (their first name or surname, as a capitalised word):
 * "Met Greta from Lindqvist Orthodontics" over "Name | Company | … ", "Herr Okonkwo (Nr. 2)" over numbered rows.
 * Only one row may match; a header row ("Name | Company | Title | Email | Phone") gives the company and title.
 */
export function rowNamedInNote(note: string, body: string): FormFields | undefined {
  const named = new Set((note.match(/\p{Lu}[\p{L}'’-]{2,}/gu) ?? []).filter((w) => !isHonorificWord(w)));
  if (!named.size || !body.includes("@")) return undefined;
  const lines = body.slice(0, 32 * 1024).split(/\r?\n/);
  const rows = lines.filter((l) => l.includes("@") && cellsOf(l).length >= 3);
  if (rows.length < 2) return undefined;
  // The header row above the list names its columns.
  const header = lines
    .slice(0, lines.indexOf(rows[0]))
    .reverse()
    .find((l) => l.trim() && cellsOf(l).length === cellsOf(rows[0]).length);
  const labels = header ? cellsOf(header).map(fieldOf) : [];
  // The column the header calls the name ("Naam", "Name", "Nom"), else the first cell written as a name.
  const nameAt = labels.indexOf("name");
  const nameCell = (cells: string[]) =>
    nameAt >= 0 ? cells[nameAt]?.trim() : cells.find((c) => NAME_CELL_RE.test(c.trim()));
  const hits = rows.filter((r) =>
    (nameCell(cellsOf(r)) ?? "").split(/\s+/).some((w) => w.length > 2 && named.has(w)),
  );
  if (hits.length !== 1) return undefined;
  const cells = cellsOf(hits[0]);
  const out: FormFields = { name: nameCell(cells)?.trim() };
  const email = findEmails(hits[0])[0];
  if (email) out.email = email;
  const phone = cells.find((c) => !c.includes("@") && (c.match(/\d/g) ?? []).length >= 7);
  if (phone) out.phone = phone;
  labels.forEach((field, i) => {
    if ((field === "company" || field === "title") && cells[i]?.trim()) out[field] = cells[i].trim();
  });
  return out;
}
