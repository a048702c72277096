import { LeadIdAllocator } from "../../src/core/ledger/ids";

describe("Lead IDs are never reused", () => {
  test("the next id is above every id in the sheet", () => {
    const ids = new LeadIdAllocator(["L-0001", "L-0007", "", "my own id"], 0);
    expect(ids.next()).toBe("L-0008");
    expect(ids.next()).toBe("L-0009");
    expect(ids.highest).toBe(9);
  });

  test("an id freed by deleting the last row is not handed out again (highest issued is remembered)", () => {
    expect(new LeadIdAllocator(["L-0001"], 12).next()).toBe("L-0013");
  });
});
