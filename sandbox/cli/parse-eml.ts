// `lead-ledger parse FILE.eml`: the e-mail through the sandbox mailbox and the add-on's own extraction.
import type { Extraction } from "../../src/core/lead";

export async function parseEmlFile(_file: string): Promise<Extraction> {
  throw new Error("e-mail parsing is not built yet");
}
