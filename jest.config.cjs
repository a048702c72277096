// Jest: TypeScript through SWC; ESM-only dependencies are transformed too.
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.(t|j|mj)sx?$": ["@swc/jest", { jsc: { target: "es2021" } }] },
  transformIgnorePatterns: ["/node_modules/(?!(postal-mime|email-forward-parser)/)"],
  moduleFileExtensions: ["ts", "js", "mjs", "cjs", "json"],
  testTimeout: 30000,
};
