import { stageChange } from "../../src/core/ledger/stage";

describe("stage changes", () => {
  const today = "2025-03-03";
  test("moving to a stage fills its date when empty", () => {
    expect(stageChange("New", "Contacted", {}, today)).toMatchObject({
      changes: { contactedOn: today },
      details: "Stage New → Contacted",
    });
  });
  test("a date the user already typed is kept", () => {
    expect(stageChange("Contacted", "Proposal", { proposalOn: "2025-01-01" }, today)?.changes).toEqual({});
  });
  test("a stage set back keeps the later dates and says so in Activity", () => {
    const c = stageChange(
      "Proposal",
      "Contacted",
      { contactedOn: "2025-01-01", proposalOn: "2025-02-01" },
      today,
    )!;
    expect(c.changes).toEqual({});
    expect(c.details).toMatch(/set back/);
  });
  test.each([
    ["a value that is not a stage is ignored", "New", "maybe"],
    ["the same stage again is no change", "Won", "won"],
  ])("%s", (_why, from, to) => expect(stageChange(from, to, {}, today)).toBeUndefined());
});
