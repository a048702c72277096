// The day a message was sent, which a note's "next Tuesday" counts from.
import { sentOn } from "../../../src/core/email/sent-date";
import type { EmailInput } from "../../../src/core/lead";

const input = (date: Date | undefined, dateHeader?: string) =>
  ({ date, dateHeader }) as unknown as EmailInput;

describe("sentOn", () => {
  test.each([
    [
      "the Date header's own calendar day wins over the owner's zone",
      input(new Date("2026-12-04T04:30:00Z"), "Thu, 3 Dec 2026 23:30:00 -0500"),
      "Europe/Paris",
      { y: 2026, m: 12, d: 3 },
    ],
    [
      "no header: the instant's day in the owner's zone (04:30 UTC is still the 3rd in Toronto)",
      input(new Date("2026-12-04T04:30:00Z")),
      "America/Toronto",
      { y: 2026, m: 12, d: 3 },
    ],
    [
      "no header and no zone: the UTC day",
      input(new Date("2026-12-04T04:30:00Z")),
      undefined,
      { y: 2026, m: 12, d: 4 },
    ],
    [
      "an unknown zone falls back to the UTC day",
      input(new Date("2026-12-04T04:30:00Z")),
      "Mars/Base",
      { y: 2026, m: 12, d: 4 },
    ],
    [
      "an invalid date gives no day, never an error",
      input(new Date("not a date")),
      "America/Toronto",
      undefined,
    ],
  ])("%s", (_why, message, zone, expected) => {
    expect(sentOn(message, zone)).toEqual(expected);
  });
});
