import { createHash } from "node:crypto";
import { Sandbox } from "../../../sandbox/index";

function setup() {
  const sb = new Sandbox({ now: new Date("2025-02-10T15:00:00Z"), clockFollowsRealTime: false });
  return { sb, Utilities: sb.globals.Utilities as GoogleAppsScript.Utilities.Utilities };
}

describe("Utilities.formatDate speaks Java's SimpleDateFormat in IANA zones", () => {
  // 2025-03-09T10:30:05Z: the morning US clocks spring forward; Europe and Asia still on their winter/only offset.
  const moment = new Date("2025-03-09T10:30:05.007Z");
  const cases: [why: string, tz: string, pattern: string, expected: string][] = [
    ["the ledger's date column", "America/Toronto", "yyyy-MM-dd", "2025-03-09"],
    ["after the DST switch, Toronto is UTC-4", "America/Toronto", "HH:mm Z", "06:30 -0400"],
    ["Los Angeles switched at 10:00 UTC: PDT", "America/Los_Angeles", "HH:mm XXX", "03:30 -07:00"],
    ["a day earlier it was PST", "America/Los_Angeles", "yyyy-MM-dd HH:mm XXX", "2025-03-08 02:30 -08:00"],
    ["Paris: weekday and month names", "Europe/Paris", "EEE d MMM yyyy, HH:mm", "Sun 9 Mar 2025, 11:30"],
    ["full names", "Europe/Paris", "EEEE d MMMM", "Sunday 9 March"],
    ["a zone east of UTC that crosses the date line", "Pacific/Auckland", "yyyy-MM-dd'T'HH:mm:ssXXX", "2025-03-09T23:30:05+13:00"],
    ["UTC gives Z for X", "UTC", "HH:mm:ss.SSSX", "10:30:05.007Z"],
    ["12-hour clock", "Asia/Kolkata", "h:mm a", "4:00 PM"],
    ["quoted text and '' ", "UTC", "'at' HH 'o''clock'", "at 10 o'clock"],
    ["a GMT offset id works as in Java", "GMT+2", "HH:mm", "12:30"],
    ["short zone name for a US zone", "America/New_York", "z", "EDT"],
    ["an unknown zone falls back to GMT, as Java does", "Mars/Olympus", "HH:mm", "10:30"],
  ];
  test.each(cases)("%s: %s %s", (why, tz, pattern, expected) => {
    const at = why.startsWith("a day earlier") ? new Date(moment.getTime() - 86400000) : moment;
    expect(setup().Utilities.formatDate(at, tz, pattern)).toBe(expected);
  });

  test("a bad pattern letter is refused like Java's IllegalArgumentException", () => {
    expect(() => setup().Utilities.formatDate(moment, "UTC", "yyyy-bb")).toThrow("Illegal pattern character 'b'");
  });

  test("parseDate reads a date in the zone given, and refuses what does not fit", () => {
    const { Utilities } = setup();
    expect(Utilities.parseDate("2025-02-04 09:15", "America/Toronto", "yyyy-MM-dd HH:mm").toISOString()).toBe("2025-02-04T14:15:00.000Z");
    expect(Utilities.parseDate("4 Feb 2025", "Europe/Paris", "d MMM yyyy").toISOString()).toBe("2025-02-03T23:00:00.000Z");
    expect(() => Utilities.parseDate("next tuesday", "UTC", "yyyy-MM-dd")).toThrow('Unparseable date: "next tuesday"');
  });
});

describe("Utilities bytes, digests, blobs", () => {
  test("base64 round-trips strings and byte arrays; the web-safe alphabet uses - and _", () => {
    const { Utilities } = setup();
    expect(Utilities.base64Encode("Café ☕")).toBe(Buffer.from("Café ☕").toString("base64"));
    expect(Utilities.newBlob(Utilities.base64Decode(Utilities.base64Encode("Café ☕"))).getDataAsString()).toBe("Café ☕");
    const bytes = [-5, -1, 62, 63];
    const safe = Utilities.base64EncodeWebSafe(bytes);
    expect(safe).toBe("-_8-Pw==");
    expect(Utilities.base64DecodeWebSafe(safe)).toEqual(bytes);
    expect(() => Utilities.base64Decode("not base64!")).toThrow("Could not decode string.");
  });

  test("computeDigest returns Java's signed bytes (a hex helper must mask with 0xff)", () => {
    const { Utilities } = setup();
    const md5 = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, "lead@example.com");
    expect(md5).toHaveLength(16);
    expect(md5.some((b) => b < 0)).toBe(true);
    const hex = md5.map((b) => (b & 0xff).toString(16).padStart(2, "0")).join("");
    expect(hex).toBe(createHash("md5").update("lead@example.com").digest("hex"));
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, "x")).toHaveLength(32);
  });

  test("newBlob keeps name and type; copyBlob is independent", () => {
    const { Utilities } = setup();
    const blob = Utilities.newBlob("hello", "text/plain", "a.txt");
    const copy = blob.copyBlob();
    blob.setDataFromString("changed");
    expect([copy.getName(), copy.getContentType(), copy.getDataAsString()]).toEqual(["a.txt", "text/plain", "hello"]);
  });

  test("getUuid is UUID-shaped, distinct, and the same on a replay of the same sandbox", () => {
    const a = setup().Utilities;
    const b = setup().Utilities;
    const ids = [a.getUuid(), a.getUuid()];
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect(b.getUuid()).toBe(ids[0]);
  });

  test("sleep advances the virtual clock without waiting, up to Apps Script's 5 minutes", () => {
    const { sb, Utilities } = setup();
    const before = sb.kernel.now().getTime();
    Utilities.sleep(120000);
    expect(sb.kernel.now().getTime() - before).toBe(120000);
    expect(() => Utilities.sleep(300001)).toThrow(/milliseconds/);
  });

  test("an unbuilt member fails loudly", () => {
    expect(() => setup().Utilities.formatString("%s", "x")).toThrow("Utilities.formatString is not implemented in the sandbox");
  });
});
