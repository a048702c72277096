// Who the ledger's owner is and which addresses are theirs (never captured as a lead).

export function ownerEmail(): string {
  return Session.getEffectiveUser().getEmail() || Session.getActiveUser().getEmail();
}

export function ownerAddresses(owner: string): string[] {
  let aliases: string[];
  try {
    // Send-as addresses through the Gmail advanced service (no restricted scope needed).
    aliases = (Gmail!.Users!.Settings!.SendAs!.list("me").sendAs ?? []).map((a) => String(a.sendAsEmail ?? ""));
  } catch {
    aliases = [];
  }
  return [...new Set([owner, ...aliases].filter(Boolean).map((a) => a.toLowerCase()))];
}

export function scriptTimeZone(): string {
  return Session.getScriptTimeZone() || "Etc/UTC";
}

/** A new unique id (a quick-add lead's input id). */
export function newUniqueId(): string {
  return Utilities.getUuid();
}
