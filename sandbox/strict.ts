// Strict fakes: an object that answers only the members it implements, and throws "not implemented" for any
// other member Google declares for its Apps Script type (read from @types/google-apps-script).
import fs from "node:fs";
import path from "node:path";
import { notImplemented } from "./kernel";

const declaredCache = new Map<string, Map<string, Set<string>>>();

/** interface name -> declared member names, for one @types/google-apps-script file ("spreadsheet", "base" …). */
export function declaredMembers(file: string): Map<string, Set<string>> {
  const cached = declaredCache.get(file);
  if (cached) return cached;
  const full = path.join(path.dirname(require.resolve("@types/google-apps-script/package.json")), `google-apps-script.${file}.d.ts`);
  const text = fs.readFileSync(full, "utf8").replace(/\/\*\*[\s\S]*?\*\//g, "");
  const table = new Map<string, Set<string>>();
  for (const m of text.matchAll(/\binterface (\w+)(?: extends [\w., ]+)? \{([\s\S]*?)\n {8}\}/g)) {
    const names = new Set<string>();
    for (const mm of m[2].matchAll(/^ {12}(\w+)\??[(:]/gm)) names.add(mm[1]);
    table.set(m[1], names);
  }
  declaredCache.set(file, table);
  return table;
}

/**
 * Wraps `target` so that reading a member Google declares on `file`'s interface `type`, but which the
 * fake lacks, throws NotImplementedError naming "Service.Type.member". Other reads behave normally.
 */
export function strict<T extends object>(target: T, file: string, type: string, label: string): T {
  const declared = declaredMembers(file).get(type) ?? new Set<string>();
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === "string" && !(prop in t) && declared.has(prop)) return notImplemented(`${label}.${prop}`);
      return Reflect.get(t, prop, receiver);
    },
  });
}

/** Every enum a @types/google-apps-script file declares, as { NAME: "NAME" } objects (Apps Script enums print their name). */
export function declaredEnums(file: string): Record<string, Record<string, string>> {
  const full = path.join(path.dirname(require.resolve("@types/google-apps-script/package.json")), `google-apps-script.${file}.d.ts`);
  const text = fs.readFileSync(full, "utf8").replace(/\/\*\*[\s\S]*?\*\//g, "");
  const out: Record<string, Record<string, string>> = {};
  for (const m of text.matchAll(/\benum (\w+) \{([^}]*)\}/g)) {
    const names = m[2].split(",").map((s) => s.trim().split(/\s*=/)[0]).filter(Boolean);
    out[m[1]] = Object.freeze(Object.fromEntries(names.map((n) => [n, n])));
  }
  return out;
}
