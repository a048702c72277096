import { mapHeaders, normalizeHeader, repairedHeaderRow } from "../../src/core/ledger/headers";
import { LEAD_COLUMNS } from "../../src/core/ledger/columns";

describe("columns are found by their header text", () => {
  test.each([
    ["case, spacing and punctuation do not matter", "  next FOLLOW-up: ", "next follow up"],
    ["accents are folded, as users type them either way", "Téléphone", "telephone"],
  ])("%s", (_why, raw, normalized) => expect(normalizeHeader(raw)).toBe(normalized));

  test("a reordered sheet with a user column maps every column to where it is, and the user column is known", () => {
    const header = ["Notes", "My score", "Email", "Name", "Lead ID"];
    const m = mapHeaders(header, LEAD_COLUMNS);
    expect(m.index.notes).toBe(0);
    expect(m.index.email).toBe(2);
    expect(m.index.name).toBe(3);
    expect(m.index.leadId).toBe(4);
    expect(m.userColumns).toEqual([1]);
    expect(m.missing).toContain("phone");
  });

  test("an alias a user wrote (E-mail, Follow up) is understood, but an exact header wins over an alias", () => {
    const m = mapHeaders(["E-mail", "Follow up", "Email"], LEAD_COLUMNS);
    expect(m.index.email).toBe(2);
    expect(m.index.nextFollowUp).toBe(1);
    expect(m.userColumns).toEqual([0]);
  });

  test("repair adds only the missing headers, at the right of the user's columns, never reordering", () => {
    const row = repairedHeaderRow(["Email", "My column", "Name", ""], LEAD_COLUMNS);
    expect(row.slice(0, 3)).toEqual(["Email", "My column", "Name"]);
    expect(row).toHaveLength(LEAD_COLUMNS.length + 1);
    expect(row[3]).toBe("Lead ID");
    expect(repairedHeaderRow(row, LEAD_COLUMNS)).toEqual(row);
  });
});
