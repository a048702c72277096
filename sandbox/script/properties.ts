// PropertiesService: script, user and document key/value stores, persisted, with Google's size limits.
import type { Kernel } from "../kernel";
import { strict } from "../strict";
import { activeBookId } from "../spreadsheet/app";

type GProperties = GoogleAppsScript.Properties.Properties;

/** Google's limits: 9 KB per value, 500 KB per store. */
const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

interface PropertiesState {
  script: Record<string, string>;
  user: Record<string, Record<string, string>>;
  document: Record<string, Record<string, string>>;
}

function propertiesState(kernel: Kernel): PropertiesState {
  return kernel.slice<PropertiesState>("properties", () => ({ script: {}, user: {}, document: {} }));
}

function size(store: Record<string, string>): number {
  let n = 0;
  for (const [k, v] of Object.entries(store)) n += k.length + v.length;
  return n;
}

function makeProperties(kernel: Kernel, store: () => Record<string, string>): GProperties {
  const call = (m: string): void => kernel.call(`PropertiesService.Properties.${m}`);
  const write = (target: Record<string, string>, key: string, value: unknown): void => {
    const v = String(value);
    if (v.length > VALUE_LIMIT) throw new Error("Argument too large: value");
    target[String(key)] = v;
    if (size(target) > STORE_LIMIT) {
      delete target[String(key)];
      throw new Error(
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
    }
  };
  const self = strict(
    {
      getProperty: (key: string): string | null => (call("getProperty"), store()[key] ?? null),
      setProperty: (key: string, value: string) => (call("setProperty"), write(store(), key, value), self),
      deleteProperty: (key: string) => (call("deleteProperty"), delete store()[key], self),
      getProperties: () => (call("getProperties"), { ...store() }),
      getKeys: () => (call("getKeys"), Object.keys(store())),
      setProperties: (properties: Record<string, string>, deleteAllOthers = false) => {
        call("setProperties");
        const target = store();
        const before = { ...target };
        if (deleteAllOthers) for (const k of Object.keys(target)) delete target[k];
        try {
          for (const [k, v] of Object.entries(properties)) write(target, k, v);
        } catch (e) {
          for (const k of Object.keys(target)) delete target[k];
          Object.assign(target, before);
          throw e;
        }
        return self;
      },
      deleteAllProperties: () => {
        call("deleteAllProperties");
        const target = store();
        for (const k of Object.keys(target)) delete target[k];
        return self;
      },
    },
    "properties",
    "Properties",
    "PropertiesService.Properties",
  ) as unknown as GProperties;
  return self;
}

export function createPropertiesService(
  kernel: Kernel,
  user: string,
): GoogleAppsScript.Properties.PropertiesService {
  const call = (m: string): void => kernel.call(`PropertiesService.${m}`);
  const state = (): PropertiesState => propertiesState(kernel);
  return strict(
    {
      getScriptProperties: () => (call("getScriptProperties"), makeProperties(kernel, () => state().script)),
      getUserProperties: () => (
        call("getUserProperties"),
        makeProperties(kernel, () => (state().user[user] ??= {}))
      ),
      getDocumentProperties: () => {
        call("getDocumentProperties");
        const doc = activeBookId(kernel);
        return makeProperties(kernel, () => (state().document[doc] ??= {}));
      },
    },
    "properties",
    "PropertiesService",
    "PropertiesService",
  ) as unknown as GoogleAppsScript.Properties.PropertiesService;
}
