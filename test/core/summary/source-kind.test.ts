// Source text grouped into kinds: what capture writes and what people type.
import { sourceKind } from "../../../src/core/summary/source-kind";

test.each<[string, string, string, string]>([
  ["a referral names its referrer", "Referral: Jane Doe", "Referral", "Jane Doe"],
  ["a referral typed by hand", "referred by Sam Whitlock", "Referral", "Sam Whitlock"],
  ["a card photo", "Business card", "Business card", ""],
  ["a trade show keeps its name", "Trade show: Toronto", "Trade show", "Toronto"],
  ["the site's form", "Website", "Website", ""],
  ["forwarded mail without a better source", "Inbound email", "Inbound email", ""],
  ["the add-on's quick add", "Quick add", "Quick add", ""],
  ["a blank source is Unknown", "  ", "Unknown", ""],
  ["anything else a person typed is Other, kept by name", "LinkedIn", "Other", "LinkedIn"],
])("%s", (_why, text, kind, detail) => {
  expect(sourceKind(text)).toEqual({ kind, detail });
});
