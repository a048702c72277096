// A service object whose unbuilt members fail loudly ("… is not implemented in the sandbox") instead of being undefined.
import { notImplemented } from "./kernel";

/** Properties runtimes and test tools probe on any object: never treated as API calls. */
const PROBES = new Set(["then", "toJSON", "constructor", "asymmetricMatch", "nodeType", "inspect", "$$typeof", "@@__IMMUTABLE_ITERABLE__@@", "_isMockFunction", "prototype", "length", "name"]);

export function strictObject<T extends object>(path: string, members: T): T {
  return new Proxy(members, {
    get(target, prop, receiver) {
      if (typeof prop === "symbol" || prop in target || PROBES.has(prop)) return Reflect.get(target, prop, receiver);
      return notImplemented(`${path}.${prop}`);
    },
  });
}
