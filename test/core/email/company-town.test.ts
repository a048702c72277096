// A signature's company line with its town after a comma: the company is the name before it.
import { withoutTown } from "../../../src/core/email/company-town";

describe("a company written with its town", () => {
  test.each<[why: string, company: string, expected: string]>([
    ["a practice with its town (en-ZA)", "Harbour Dental Studio, Kingsbridge", "Harbour Dental Studio"],
    ["a firm with a two-word town (en-GB)", "Fenwick Surveyors, Market Harborough", "Fenwick Surveyors"],
    ["a legal form after the comma is the company's own", "Studio Nord, GmbH", "Studio Nord, GmbH"],
    ["a name of partners keeps its comma", "Baker, Lane & Co", "Baker, Lane & Co"],
    ["no company word before the comma: kept as written", "Orchard, Blackwood", "Orchard, Blackwood"],
  ])("%s", (_why, company, expected) => {
    expect(withoutTown(company)).toBe(expected);
  });
});
