// A note's "I'm out until Monday" says when its writer is back, not when to follow up.
import { dateOfHeader } from "../../../src/core/followup/calendar";
import { followUpFromNote } from "../../../src/core/followup/followup";

// Reference: a forward written on Friday 11 December 2026.
const FRI = dateOfHeader("Fri, 11 Dec 2026 10:05:00 +0100");

describe("the day the note's writer is away until is no follow-up", () => {
  test.each<[why: string, note: string, expected: string | undefined]>([
    [
      "English: out until Monday, the reader is to call",
      "Can you call her? I'm out until Monday.",
      undefined,
    ],
    [
      "English: out of the office till the 16th",
      "Please ring him, I'm out of the office till the 16th",
      undefined,
    ],
    ["Spanish: fuera hasta el lunes", "Llámala tú, que yo estoy fuera hasta el lunes.", undefined],
    ["French: absente jusqu'à lundi", "Rappelle-le toi, je suis absente jusqu'à lundi.", undefined],
    ["Italian: in ferie fino a lunedì", "Chiamalo tu, sono in ferie fino a lunedì.", undefined],
    [
      "the day asked for still counts beside the absence",
      "I'm away until Monday, call him on Wednesday",
      "2026-12-16",
    ],
    ["a follow-up asked for a weekday stays one", "Call him Monday please", "2026-12-14"],
  ])("%s", (_why, note, expected) => {
    expect(followUpFromNote(note, FRI).date).toBe(expected);
  });
});
