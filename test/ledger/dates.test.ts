import { addBusinessDays, cellYmd, midnightInZone, ymdInZone } from "../../src/core/ledger/dates";

describe("follow-up dates count business days", () => {
  test.each([
    ["Monday + 2 is Wednesday", "2025-03-03", 2, "2025-03-05"],
    ["Thursday + 2 skips the weekend", "2025-03-06", 2, "2025-03-10"],
    ["Friday + 1 is Monday", "2025-03-07", 1, "2025-03-10"],
    ["a Saturday + 1 is Monday: weekend days never count", "2025-03-08", 1, "2025-03-10"],
    ["zero days on a Sunday moves to Monday", "2025-03-09", 0, "2025-03-10"],
  ])("%s", (_why, from, n, expected) => expect(addBusinessDays(from, n)).toBe(expected));

  test("today is the date where the ledger's owner lives, not in UTC", () => {
    const lateEvening = new Date("2025-03-04T03:30:00Z"); // 22:30 on the 3rd in Toronto
    expect(ymdInZone(lateEvening, "America/Toronto")).toBe("2025-03-03");
    expect(ymdInZone(lateEvening, "Europe/Berlin")).toBe("2025-03-04");
  });

  test("a date cell is midnight in the sheet's zone and reads back as the same date", () => {
    const d = midnightInZone("2025-07-01", "America/Toronto");
    expect(d.toISOString()).toBe("2025-07-01T04:00:00.000Z");
    expect(cellYmd(d, "America/Toronto")).toBe("2025-07-01");
    expect(cellYmd("2025-7-1", "UTC")).toBe("2025-07-01");
    expect(cellYmd("soon", "UTC")).toBe("");
  });
});
