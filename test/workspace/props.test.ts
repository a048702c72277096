// Properties: large JSON values are split under the 9 KB limit and shrink back without leaving stale pieces.
import { Sandbox } from "../../sandbox/index";
import { execution } from "../../sandbox/cli/run-jobs";
import { PropsStore } from "../../src/workspace/props";

test("a journal of hundreds of entries with accented text round-trips, and clearing it frees the store", () => {
  const sb = new Sandbox();
  const big = Array.from({ length: 400 }, (_x, i) => ({
    ref: `m${i}`,
    details: `email “Fwd: Café ${i}” — merged into L-${i}`,
  }));
  execution(sb, () => {
    const p = new PropsStore();
    p.setJson("journal", big);
    p.flush();
  });
  expect(execution(sb, () => new PropsStore().getJson("journal", []))).toEqual(big);
  const keys = execution(sb, () => {
    const p = new PropsStore();
    p.setJson("journal", []);
    p.flush();
    return PropertiesService.getUserProperties().getProperties();
  });
  expect(execution(sb, () => new PropsStore().getJson("journal", null))).toEqual([]);
  const leftover = Object.entries(keys).filter(
    ([k, v]) => k.startsWith("journal#") && k !== "journal#chunks" && v !== "",
  );
  expect(leftover).toEqual([]);
});
