// Session: who runs the script, its time zone and locale.
import type { Kernel } from "../kernel";
import { strict } from "../strict";
import { scriptState } from "./state";

function makeUser(kernel: Kernel, email: string): GoogleAppsScript.Base.User {
  return strict(
    { getEmail: () => (kernel.call("Session.User.getEmail"), email) },
    "base",
    "User",
    "Session.User",
  ) as unknown as GoogleAppsScript.Base.User;
}

export function createSession(kernel: Kernel, user: string): GoogleAppsScript.Base.Session {
  const call = (m: string): void => kernel.call(`Session.${m}`);
  return strict(
    {
      getActiveUser: () => (call("getActiveUser"), makeUser(kernel, user)),
      getEffectiveUser: () => (call("getEffectiveUser"), makeUser(kernel, user)),
      getScriptTimeZone: () => (call("getScriptTimeZone"), scriptState(kernel).timeZone),
      getActiveUserLocale: () => (call("getActiveUserLocale"), scriptState(kernel).locale),
      getTemporaryActiveUserKey: () => (
        call("getTemporaryActiveUserKey"),
        `temp-key-${user.replace(/\W/g, "")}`
      ),
    },
    "base",
    "Session",
    "Session",
  ) as unknown as GoogleAppsScript.Base.Session;
}
