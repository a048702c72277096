import { Kernel, NotImplementedError, notImplemented, encodeState, decodeState } from "../sandbox/kernel";

describe("sandbox kernel", () => {
  test("counts every call per service method, as benchmarks read them", () => {
    const k = new Kernel();
    k.call("SpreadsheetApp.Range.getValues");
    k.call("SpreadsheetApp.Range.getValues");
    k.call("GmailApp.search");
    expect(k.calls["SpreadsheetApp.Range.getValues"]).toBe(2);
    expect(k.countOf("SpreadsheetApp")).toBe(2);
    expect(k.totalCalls).toBe(3);
  });

  test("an injected fault fires at exactly the N-th matching call, with Google's message", () => {
    const k = new Kernel();
    k.injectFault({ method: "GmailApp.search", nth: 2, message: "Service unavailable: Gmail" });
    k.call("GmailApp.search");
    k.call("SpreadsheetApp.flush");
    expect(() => k.call("GmailApp.search")).toThrow("Service unavailable: Gmail");
    expect(() => k.call("GmailApp.search")).not.toThrow();
  });

  test("a fatal fault cuts the execution off: every later call fails until a new execution", () => {
    const k = new Kernel();
    k.injectFault({ nth: 1, message: "Exceeded maximum execution time", fatal: true });
    expect(() => k.call("A.b")).toThrow("Exceeded maximum execution time");
    expect(() => k.call("C.d")).toThrow("Exceeded maximum execution time");
    k.newExecution();
    expect(() => k.call("C.d")).not.toThrow();
  });

  test("a quota runs out with Google's daily-limit message", () => {
    const k = new Kernel();
    k.setQuota("MailApp.sendEmail", 1, "Email");
    k.call("MailApp.sendEmail");
    expect(k.quotaLeft("MailApp.sendEmail")).toBe(0);
    expect(() => k.call("MailApp.sendEmail")).toThrow("Service invoked too many times for one day: Email.");
  });

  test("a quota on a service prefix covers every method under it (Gmail's one daily budget)", () => {
    const k = new Kernel();
    k.setQuota("GmailApp", 2, "gmail");
    k.call("GmailApp.search");
    k.call("GmailApp.GmailThread.getMessages");
    k.call("GmailAppX.other"); // a different service that only shares the letters
    expect(k.quotaLeft("GmailApp")).toBe(0);
    expect(() => k.call("GmailApp.GmailMessage.getFrom")).toThrow(
      "Service invoked too many times for one day: gmail.",
    );
  });

  test("the virtual clock advances by the latency model, so time budgets can be exercised", () => {
    const k = new Kernel({ now: new Date("2025-03-03T09:00:00Z"), clockFollowsRealTime: false });
    k.latency = () => 100;
    k.call("X.y");
    k.call("X.y");
    expect(k.now().toISOString()).toBe("2025-03-03T09:00:00.200Z");
  });

  test("state survives a save and load with its dates and bytes", () => {
    const state = { at: new Date("2025-01-02T03:04:05Z"), bytes: new Uint8Array([1, 2, 255]), n: [1, "a"] };
    const back = decodeState(encodeState(state)) as typeof state;
    expect(back.at).toBeInstanceOf(Date);
    expect(back.at.toISOString()).toBe("2025-01-02T03:04:05.000Z");
    expect(Array.from(back.bytes)).toEqual([1, 2, 255]);
    expect(back.n).toEqual([1, "a"]);
  });

  test("touching what the sandbox does not implement fails loudly", () => {
    expect(() => notImplemented("SpreadsheetApp.Sheet.getCharts")).toThrow(NotImplementedError);
    expect(() => notImplemented("SpreadsheetApp.Sheet.getCharts")).toThrow(/not implemented in the sandbox/);
  });
});
