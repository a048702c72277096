// Card callbacks answer inside Google's ~30 s: work is checked against a budget item by item, the rest is queued
// for the timed run, and the sandbox cuts off a callback that runs past its limit (on the modelled clock).
import fs from "node:fs";
import path from "node:path";
import { Sandbox } from "../../sandbox/index";
import { cardJson } from "../../sandbox/card-service";
import { putDriveFile } from "../../sandbox/drive/store";
import { deliverLeadMail, execution, scriptHandlers } from "../../sandbox/cli/run-jobs";
import { latencyOf } from "../../bench/capture/latency";
import { records } from "../helpers/ledger-sandbox";
import * as actions from "../../src/addon/actions";

const NAMES = ["Imelda Fairweather", "Bartholomew Quince", "Odile Marchetti", "Cassius Thorne", "Wren Abernethy", "Lorcan Vey", "Saffron Ilves", "Tobias Merriweather"];
let read = 0;
// Drive's OCR is modelled by its latency (4 s a photo); its text comes from this stub, one person per photo.
jest.mock("../../sandbox/ocr", () => ({
  ocrImageSync: jest.fn(() => {
    const k = read++ % 8;
    return `${NAMES[k]}\nOwner\nQuince & Vey Studio\n416-555-01${String(10 + k)}\n${NAMES[k].split(" ")[0].toLowerCase()}@quince-vey.example`;
  }),
}));

const JPG = new Uint8Array(fs.readFileSync(path.join(__dirname, "../../examples/cards/harborview-realty.jpg")));
const START = new Date("2026-11-30T15:00:00Z");

function sandbox(deployment: "addon" | "bound" = "addon"): Sandbox {
  read = 0;
  const sb = new Sandbox({ now: START, clockFollowsRealTime: false, deployment });
  return sb;
}

function notice(response: unknown): string {
  const texts: string[] = [];
  JSON.stringify(cardJson(response as never), (k, v) => (k === "Text" ? (texts.push(String(v)), v) : v));
  return texts[0] ?? "";
}

/** The next hourly timer run, as Google would start it. */
function nextTimedRun(sb: Sandbox): void {
  const runs = sb.script.runUntil(new Date(sb.kernel.now().getTime() + 3_600_000 + 1), scriptHandlers(sb));
  expect(runs.map((r) => r.error)).toEqual([undefined]);
}

test("the sandbox cuts a card callback off once the modelled clock passes its 30 s", () => {
  const sb = sandbox();
  expect(() =>
    sb.script.cardCallback(() => {
      Utilities.sleep(20_000);
      Utilities.sleep(20_000);
      return Session.getScriptTimeZone();
    }),
  ).toThrow("Exceeded maximum execution time");
  expect(sb.script.cardCallback(() => (Utilities.sleep(20_000), Session.getScriptTimeZone()))).toEqual(expect.any(String));
});

describe("card callbacks within the limit (modelled latency: bench/capture/latency.ts)", () => {
  test("Capture 7 cards from Drive: what fits is captured, the rest queued, and the next timed run takes them", () => {
    const sb = sandbox();
    execution(sb, () => actions.setupAction());
    const ids = NAMES.slice(0, 7).map((_n, i) => putDriveFile(sb, "Photos", `IMG_01${i}.jpg`, JPG, "image/jpeg"));
    sb.kernel.latency = latencyOf;
    const response = sb.script.cardCallback(() => actions.capturePhotosAction({ commonEventObject: { parameters: { ids: ids.join(",") } } }));
    const [, done, queued] = /^(\d+) captured, (\d+) queued for the next run/.exec(notice(response)) ?? [];
    expect(Number(done)).toBeGreaterThanOrEqual(2);
    expect(Number(done) + Number(queued)).toBe(7);
    expect(records(sb, "Leads")).toHaveLength(Number(done));
    nextTimedRun(sb);
    expect(records(sb, "Leads").map((r) => r.Name).sort()).toEqual(NAMES.slice(0, 7).sort());
  });

  test("Capture now with 8 forwarded cards: threads are checked one by one, the rest stay labelled for the timer", () => {
    const sb = sandbox();
    execution(sb, () => actions.setupAction());
    for (let i = 0; i < 8; i++) deliverLeadMail(sb, cardMail(i));
    sb.kernel.latency = latencyOf;
    const response = sb.script.cardCallback(() => actions.captureNowAction());
    const [, done, queued] = /^(\d+) captured, (\d+) queued for the next run/.exec(notice(response)) ?? [];
    expect(Number(done)).toBeGreaterThanOrEqual(2);
    expect(Number(done) + Number(queued)).toBe(8);
    nextTimedRun(sb);
    expect(new Set(records(sb, "Leads").map((r) => r.Name))).toEqual(new Set(NAMES));
  });

  test("Set up from the home card on a slow day (Gmail API calls 5 s) answers in time; the timer finishes the rest", () => {
    const sb = sandbox();
    sb.kernel.latency = (m) => (m.startsWith("Gmail.") ? 5_000 : latencyOf(m));
    const response = sb.script.cardCallback(() => actions.setupAction());
    expect(notice(response)).toMatch(/Still to do at the next hourly run: .*(Gmail filter|Lead cards folder|reminder calendar)/);
    expect(sb.script.triggers().map((t) => t.handler)).toEqual(["captureTrigger"]);
    sb.kernel.latency = latencyOf;
    nextTimedRun(sb);
    execution(sb, () => {
      expect(DriveApp.getFoldersByName("Lead cards").hasNext()).toBe(true);
      expect(CalendarApp.getCalendarsByName("Lead follow-ups")).toHaveLength(1);
      expect(Gmail!.Users!.Settings!.Filters!.list("me").filter).toHaveLength(1);
    });
  });
});

function cardMail(i: number): string {
  const jpg = Buffer.from(JPG).toString("base64").replace(/.{76}/g, "$&\r\n");
  return [
    "From: Ledger Owner <owner@ledger-owner.example>",
    "To: owner+leads@ledger-owner.example",
    `Subject: card ${i + 1} from the trade show`,
    "Date: Mon, 30 Nov 2026 09:00:00 -0500",
    `Message-ID: <card-${i}@ledger-owner.example>`,
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    "Card attached.",
    "--b1",
    `Content-Type: image/jpeg; name="card-${i}.jpg"`,
    `Content-Disposition: attachment; filename="card-${i}.jpg"`,
    "Content-Transfer-Encoding: base64",
    "",
    jpg,
    "--b1--",
    "",
  ].join("\r\n");
}
