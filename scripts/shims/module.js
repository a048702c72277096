// Stands in for Node's "module" in the Apps Script bundle: a dependency may ask for createRequire,
// but anything it then tries to require is absent, and the caller falls back (re2 -> RegExp).
export function createRequire() {
  return function require(id) {
    throw new Error(`${id} is not available in Apps Script`);
  };
}
export default { createRequire };
