// CacheService: script, user and document caches whose entries expire on the sandbox's clock.
import type { Kernel } from "../kernel";
import { strict } from "../strict";
import { activeBookId } from "../spreadsheet/app";

type GCache = GoogleAppsScript.Cache.Cache;

/** Google's limits: keys up to 250 characters, values up to 100 KB, at most 6 hours, 10 minutes by default. */
const KEY_LIMIT = 250;
const VALUE_LIMIT = 100 * 1024;
const MAX_SECONDS = 21600;
const DEFAULT_SECONDS = 600;

interface Entry {
  value: string;
  expires: number;
}

type CacheState = Record<string, Record<string, Entry>>;

function makeCache(kernel: Kernel, name: string): GCache {
  const call = (m: string): void => kernel.call(`CacheService.Cache.${m}`);
  const entries = (): Record<string, Entry> => (kernel.slice<CacheState>("cache", () => ({}))[name] ??= {});
  const read = (key: string): string | null => {
    const e = entries()[key];
    if (!e) return null;
    if (e.expires <= kernel.now().getTime()) {
      delete entries()[key];
      return null;
    }
    return e.value;
  };
  const write = (key: string, value: unknown, seconds = DEFAULT_SECONDS): void => {
    const v = String(value);
    if (String(key).length > KEY_LIMIT) throw new Error("Argument too large: key");
    if (v.length > VALUE_LIMIT) throw new Error("Argument too large: value");
    entries()[key] = {
      value: v,
      expires: kernel.now().getTime() + Math.min(Math.max(seconds, 1), MAX_SECONDS) * 1000,
    };
  };
  return strict(
    {
      get: (key: string) => (call("get"), read(key)),
      getAll: (keys: string[]) => {
        call("getAll");
        const out: Record<string, string> = {};
        for (const k of keys) {
          const v = read(k);
          if (v !== null) out[k] = v;
        }
        return out;
      },
      put: (key: string, value: string, expirationInSeconds?: number) => (
        call("put"),
        write(key, value, expirationInSeconds)
      ),
      putAll: (values: Record<string, unknown>, expirationInSeconds?: number) => {
        call("putAll");
        for (const [k, v] of Object.entries(values)) write(k, v, expirationInSeconds);
      },
      remove: (key: string) => (call("remove"), void delete entries()[key]),
      removeAll: (keys: string[]) => {
        call("removeAll");
        for (const k of keys) delete entries()[k];
      },
    },
    "cache",
    "Cache",
    "CacheService.Cache",
  ) as unknown as GCache;
}

export function createCacheService(kernel: Kernel, user: string): GoogleAppsScript.Cache.CacheService {
  const call = (m: string): void => kernel.call(`CacheService.${m}`);
  return strict(
    {
      getScriptCache: () => (call("getScriptCache"), makeCache(kernel, "script")),
      getUserCache: () => (call("getUserCache"), makeCache(kernel, `user:${user}`)),
      getDocumentCache: () => (
        call("getDocumentCache"),
        makeCache(kernel, `document:${activeBookId(kernel)}`)
      ),
    },
    "cache",
    "CacheService",
    "CacheService",
  ) as unknown as GoogleAppsScript.Cache.CacheService;
}
