// Members a fake declares (through its Apps Script interface) but does not build: each throws notImplemented.
import { notImplemented } from "./kernel";

/**
 * Puts a throwing stub on the prototype for each name the class does not define, so calling an unbuilt member
 * says "Type.member is not implemented in the sandbox" instead of "is not a function".
 */
export function unbuilt(ctor: { prototype: object }, type: string, names: string): void {
  for (const name of names.split(/\s+/).filter(Boolean)) {
    if (name in ctor.prototype) continue;
    Object.defineProperty(ctor.prototype, name, {
      value: () => notImplemented(`${type}.${name}`),
      configurable: true,
      writable: true,
    });
  }
}
