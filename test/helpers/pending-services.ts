// TEMP until the sandbox's PropertiesService, LockService, Session, ScriptApp and DriveApp land: minimal
// stand-ins, used only where the sandbox has no service of that name yet.
import type { Sandbox } from "../../sandbox/index";

export function fillPendingServices(sb: Sandbox): void {
  const g = sb.globals as Record<string, unknown>;
  const store = (sb.kernel.state.pendingProps ??= {}) as Record<string, string>;
  const props = {
    getProperties: () => (sb.kernel.call("PropertiesService.Properties.getProperties"), { ...store }),
    setProperties: (o: Record<string, string>) => (
      sb.kernel.call("PropertiesService.Properties.setProperties"),
      Object.assign(store, o)
    ),
    getProperty: (k: string) => store[k] ?? null,
  };
  const lockState = (sb.kernel.state.pendingLock ??= { held: false }) as { held: boolean };
  g.PropertiesService ??= { getUserProperties: () => props, getScriptProperties: () => props };
  g.LockService ??= {
    getScriptLock: () => ({
      tryLock: () => (
        sb.kernel.call("LockService.Lock.tryLock"),
        lockState.held ? false : (lockState.held = true)
      ),
      releaseLock: () => (sb.kernel.call("LockService.Lock.releaseLock"), (lockState.held = false)),
    }),
  };
  g.Session ??= {
    getEffectiveUser: () => ({ getEmail: () => sb.user }),
    getActiveUser: () => ({ getEmail: () => sb.user }),
    getScriptTimeZone: () => "America/Toronto",
  };
  const triggers = (sb.kernel.state.pendingTriggers ??= []) as string[];
  const builder = (name: string): Record<string, unknown> => {
    const b: Record<string, unknown> = {};
    for (const k of ["timeBased", "everyHours", "everyMinutes", "forSpreadsheet", "onEdit"]) b[k] = () => b;
    b.create = () => triggers.push(name);
    return b;
  };
  g.ScriptApp ??= {
    getProjectTriggers: () => triggers.map((t) => ({ getHandlerFunction: () => t })),
    newTrigger: (n: string) => builder(n),
  };
  const folder: Record<string, unknown> = {
    getId: () => "pending-folder",
    getFiles: () => ({ hasNext: () => false }),
    getFoldersByName: () => ({ hasNext: () => false }),
  };
  folder.createFolder = () => folder;
  g.DriveApp ??= {
    getFoldersByName: () => ({ hasNext: () => false }),
    createFolder: () => folder,
    getFolderById: () => folder,
  };
}
