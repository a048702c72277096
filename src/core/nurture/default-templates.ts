// The default nurture sequence setup writes: six short notes an owner would send by hand, and two segment variants.
import type { Segment } from "./segments";

const SIGN =
  "\n\n{{Owner name}}\n{{Business name}}\n\nIf you'd rather not hear from me: {{Unsubscribe link}}";

export const DEFAULT_NURTURE: { step: number; segment: Segment; subject: string; body: string }[] = [
  {
    step: 1,
    segment: "any",
    subject: "Checking in, {{First name}}",
    body:
      "Hi {{First name}},\n\nIt's been a few months since we last talked. No pitch — I just wanted to ask how things are going at {{Company}}, and whether anything has changed on your side.\n\nIf it's useful to talk again, just reply here." +
      SIGN,
  },
  {
    step: 1,
    segment: "budget",
    subject: "Checking in, {{First name}}",
    body:
      "Hi {{First name}},\n\nLast time the budget wasn't there, which I completely understand. Since then I've started doing smaller, phased jobs that spread the cost out. If that would make it work for {{Company}}, reply and I'll sketch out what it could look like.\n\nNo pressure either way." +
      SIGN,
  },
  {
    step: 1,
    segment: "competitor",
    subject: "How did it go, {{First name}}?",
    body:
      "Hi {{First name}},\n\nI know you went another way a few months back — I hope it's working out well. If anything isn't quite right, or you'd like a second opinion, I'm happy to help. Just reply.\n\nEither way, all the best." +
      SIGN,
  },
  {
    step: 2,
    segment: "any",
    subject: "A quick question",
    body:
      "Hi {{First name}},\n\nIs the project we talked about still on your list for this year? A one-line reply is plenty — it helps me plan my calendar." +
      SIGN,
  },
  {
    step: 3,
    segment: "any",
    subject: "Something that might help {{Company}}",
    body:
      "Hi {{First name}},\n\nI recently finished a job for a business a lot like yours and it reminded me of our conversation. If you'd like to hear how it went, or what it cost, reply and I'll tell you." +
      SIGN,
  },
  {
    step: 4,
    segment: "any",
    subject: "Still here if you need me",
    body:
      "Hi {{First name}},\n\nJust a short note to say I'm still around. If the timing is better now than it was {{Months since}} months ago, I'd be glad to pick up where we left off." +
      SIGN,
  },
  {
    step: 5,
    segment: "any",
    subject: "Any plans for the new season?",
    body:
      "Hi {{First name}},\n\nA lot of my clients plan their next step around this time of year. If {{Company}} is thinking about it too, I have some openings coming up. Happy to have a no-obligation chat." +
      SIGN,
  },
  {
    step: 6,
    segment: "any",
    subject: "Should I close your file?",
    body:
      "Hi {{First name}},\n\nThis is my last note for now. If you'd like to talk again someday, just reply to this email — it comes straight to me.\n\nThanks for considering us, and all the best." +
      SIGN,
  },
];

/** Rows of the defaults the tab lacks (same step and segment), as records keyed like TEMPLATE_COLUMNS. */
export function missingNurtureTemplates(
  have: readonly { step: number; segment: Segment }[],
): { step: number; segment: string; subject: string; body: string }[] {
  const key = (t: { step: number; segment: Segment }) => `${t.step}/${t.segment}`;
  const present = new Set(have.map(key));
  return DEFAULT_NURTURE.filter((t) => !present.has(key(t)));
}
