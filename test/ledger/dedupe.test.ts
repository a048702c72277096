import { DedupeIndex, companyKey } from "../../src/core/ledger/dedupe";

describe("the same person is recognized", () => {
  const index = new DedupeIndex<string>("CA");
  index.add(
    {
      email: "Priya.Raman@Northwind.example",
      phone: "+1 416 555 0142",
      name: "Priya Raman",
      company: "Northwind Dental",
    },
    "row-2",
  );
  index.add({ name: "José Álvarez", company: "Acme Holdings Inc." }, "row-3");
  index.add({ phone: "(647) 555-0199" }, "row-4");

  test.each([
    ["same email, any case", { email: "priya.raman@northwind.example" }, "row-2", "email"],
    ["same phone written another way", { email: "other@x.example", phone: "416-555-0142" }, "row-2", "phone"],
    ["a typed national number matches the E.164 one", { phone: "+16475550199" }, "row-4", "phone"],
    [
      "name and company, tolerant of accents, case and Inc.",
      { name: "jose alvarez", company: "ACME HOLDINGS" },
      "row-3",
      "name and company",
    ],
    [
      "legal suffixes of other countries too",
      { name: "José Álvarez", company: "Acme Holdings Ltd" },
      "row-3",
      "name and company",
    ],
  ])("%s", (_why, fields, item, reason) => {
    expect(index.find(fields)).toEqual({ item, reason });
  });

  test.each([
    ["a name alone is not enough (two Jane Smiths are two people)", { name: "Priya Raman" }],
    ["same company, another person", { name: "Sam Lee", company: "Northwind Dental" }],
    ["nothing identifying", {}],
  ])("%s", (_why, fields) => expect(index.find(fields)).toBeUndefined());

  test("company keys drop legal forms and 'the'", () => {
    expect(companyKey("The Green Bean Co.")).toBe(companyKey("green bean"));
    expect(companyKey("Müller GmbH")).toBe("muller");
  });
});
