// How many recipients a comma-separated list holds (MailApp's daily quota counts each one).

export function recipientCount(list: string): number {
  return list.split(/[,;]/).filter((s) => s.trim()).length;
}
