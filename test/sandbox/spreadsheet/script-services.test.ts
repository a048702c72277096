// Locks held by another run, properties, cache expiry on the sandbox clock, and Session.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Sandbox } from "../../../sandbox/index";
import { sheetsSandbox, type SheetGlobals } from "./helpers";

describe("LockService", () => {
  test("waitLock throws Google's message when another run holds the lock for too long, and time passes while waiting", () => {
    const { g, sb } = sheetsSandbox();
    sb.script.holdLock();
    const before = sb.kernel.now().getTime();
    const lock = g.LockService.getScriptLock();
    expect(() => lock.waitLock(30_000)).toThrow(
      "Lock timeout: another process was holding the lock for too long.",
    );
    expect(sb.kernel.now().getTime() - before).toBe(30_000);
    expect(lock.tryLock(1000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
  });

  test("a run that waits gets the lock when the other run lets go within the timeout", () => {
    const { g, sb } = sheetsSandbox();
    sb.script.holdLock({ releaseAfterMs: 5000 });
    const lock = g.LockService.getScriptLock();
    expect(lock.tryLock(10_000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
  });

  test("an overlapping execution cannot take a lock this one holds; the end of an execution releases it", () => {
    const { g, sb } = sheetsSandbox();
    const lock = g.LockService.getScriptLock();
    lock.waitLock(1000);
    expect(sb.script.asOtherExecution(() => g.LockService.getScriptLock().tryLock(0))).toBe(false);
    sb.script.endExecution();
    expect(lock.hasLock()).toBe(false);
    expect(sb.script.asOtherExecution(() => g.LockService.getScriptLock().tryLock(0))).toBe(true);
  });

  test("a new execution (kernel.newExecution) starts without the locks the last one forgot to release", () => {
    const { g, sb } = sheetsSandbox();
    g.LockService.getScriptLock().waitLock(1000);
    sb.kernel.newExecution();
    expect(g.LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(sb.script.asOtherExecution(() => g.LockService.getScriptLock().tryLock(0))).toBe(false);
  });

  test("releaseLock lets the next run in", () => {
    const { g, sb } = sheetsSandbox();
    const lock = g.LockService.getScriptLock();
    lock.waitLock(1000);
    lock.releaseLock();
    expect(sb.script.asOtherExecution(() => g.LockService.getScriptLock().tryLock(0))).toBe(true);
  });
});

describe("PropertiesService", () => {
  test("script, user and document stores are separate; values are strings; setProperties can replace all", () => {
    const { g } = sheetsSandbox();
    const script = g.PropertiesService.getScriptProperties();
    script.setProperty("cursor", 42 as unknown as string).setProperty("other", "x");
    g.PropertiesService.getUserProperties().setProperty("cursor", "user");
    expect(script.getProperty("cursor")).toBe("42");
    expect(g.PropertiesService.getDocumentProperties().getProperty("cursor")).toBeNull();
    script.setProperties({ a: "1" }, true);
    expect(script.getProperties()).toEqual({ a: "1" });
    script.deleteProperty("a");
    expect(script.getKeys()).toEqual([]);
  });

  test("a value over 9 KB is refused, as Google does", () => {
    const { g } = sheetsSandbox();
    expect(() =>
      g.PropertiesService.getScriptProperties().setProperty("big", "x".repeat(9 * 1024 + 1)),
    ).toThrow("Argument too large: value");
  });

  test("the deployment (add-on or bound) persists with the workspace", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deploy-"));
    sheetsSandbox({ deployment: "addon" }).sb.save(dir);
    expect(Sandbox.load(dir).deployment).toBe("addon");
    expect(Sandbox.load(dir, { deployment: "bound" }).deployment).toBe("bound");
  });

  test("properties persist to the next run", () => {
    const { g, sb } = sheetsSandbox();
    g.PropertiesService.getScriptProperties().setProperty("lastRun", "2025-02-04");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "props-"));
    sb.save(dir);
    const g2 = Sandbox.load(dir).globals as unknown as SheetGlobals;
    expect(g2.PropertiesService.getScriptProperties().getProperty("lastRun")).toBe("2025-02-04");
  });
});

describe("CacheService", () => {
  test("entries expire on the sandbox clock (10 minutes by default)", () => {
    const { g, sb } = sheetsSandbox();
    const cache = g.CacheService.getScriptCache();
    cache.put("a", "1");
    cache.put("b", "2", 3600);
    sb.kernel.advance(10 * 60_000);
    expect(cache.get("a")).toBeNull();
    expect(cache.getAll(["a", "b"])).toEqual({ b: "2" });
    cache.remove("b");
    expect(cache.get("b")).toBeNull();
  });
});

describe("Session", () => {
  test("the user, the script's time zone and locale", () => {
    const { g, sb } = sheetsSandbox({ user: "owner@ledger.example" });
    sb.script.setTimeZone("America/Toronto");
    expect(g.Session.getActiveUser().getEmail()).toBe("owner@ledger.example");
    expect(g.Session.getEffectiveUser().getEmail()).toBe("owner@ledger.example");
    expect(g.Session.getScriptTimeZone()).toBe("America/Toronto");
    expect(g.Session.getActiveUserLocale()).toBe("en");
  });
});
