// Runs a Drive query over the stored files: DriveApp gets "Invalid argument: q" for a bad query, as in Apps Script.
import type { Kernel } from "../kernel";
import { DriveQueryError, matchesDrive, parseDriveQuery } from "./query";
import { driveState, type StoredFile } from "./store";

export function searchDrive(
  kernel: Kernel,
  q: string,
  version: 2 | 3,
  scope: (f: StoredFile) => boolean,
  onError: () => Error = () => new Error("Invalid argument: q"),
): string[] {
  const root = driveState(kernel).rootId;
  try {
    const node = parseDriveQuery(q, version);
    return Object.values(driveState(kernel).files)
      .filter((f) => f.id !== root && scope(f) && matchesDrive(node, f))
      .sort((a, b) => b.updated.getTime() - a.updated.getTime() || (a.id < b.id ? -1 : 1))
      .map((f) => f.id);
  } catch (e) {
    if (e instanceof DriveQueryError) throw onError();
    throw e;
  }
}
