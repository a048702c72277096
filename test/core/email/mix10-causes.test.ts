// The general causes behind the blind mix10 set's misses, in fresh fictional wordings and layouts.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { phoneKindOfLabel } from "../../../src/core/contact/labels";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { forwardedMessage, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const ctx = OWNER_CTX;
const { inbound, note } = ownerInbox("Tue, 16 Jun 2026 10:40:00 -0400");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>, absent: (keyof Lead)[]];

const fwd = (from: string, body: string, subject = "Hello") =>
  forwardedMessage("Mon, 15 Jun 2026 09:00", from, body, { subject });

/** Scripts without capitals: a Korean label is read as one, and a company line in Hangul or Hebrew is a company. */
const caseless: Case[] = [
  [
    'ko: "휴대폰" is a mobile label (Hangul survives accent folding), so it beats the "전화" office line',
    inbound(
      "박지훈 <jihoon@hanul-design.example>",
      "견적 문의",
      "안녕하세요,\n\n간판 제작 견적을 받고 싶습니다.\n\n감사합니다.\n\n박지훈\n실장\n하늘디자인\n전화: 02-555-0188\n휴대폰: 010-5555-0177\n",
    ),
    { name: "박지훈", phone: "+821055550177", title: "실장", company: "하늘디자인" },
    [],
  ],
  [
    'ko: "핸드폰" above "전화" in a forwarded mail, and the shop name under the title is the company',
    note(
      "대표님 확인 부탁드립니다.",
      fwd(
        "이수진 <sujin@bomnal-bakery.example>",
        "안녕하세요.\n\n케이크 상자 500개 주문 가능할까요?\n\n이수진\n점장\n봄날베이커리\n핸드폰 010-5555-0166\n전화 031-555-0165\n",
      ),
    ),
    { name: "이수진", phone: "+821055550166", company: "봄날베이커리", title: "점장" },
    [],
  ],
];

describe("phone labels in scripts accent folding splits", () => {
  test.each([
    ["휴대폰", "mobile"],
    ["핸드폰:", "mobile"],
    ["전화", "office"],
    ["팩스", "fax"],
    ["Di động", "mobile"],
    ["Мобильный", "mobile"],
    ["Téléc.", "fax"],
  ])("%s is a %s label", (label, kind) => {
    expect(phoneKindOfLabel(label)).toBe(kind);
  });
});

/** UK institutes' grades after the name (FCIPD, FCII, MRTPI) are letters, not part of the name. */
const postNominals: Case[] = [
  [
    "en-GB: a CIPD fellow's grade written after the bold name in an HR signature",
    inbound(
      "Priya Raman <p.raman@oakfield-people.example>",
      "Training enquiry",
      "Hello,\n\nCould we talk about coaching for our managers?\n\nKind regards,\n\nPriya Raman FCIPD\nHR Director\nOakfield People Ltd\nDirect: 020 7946 0815\n",
    ),
    { name: "Priya Raman", title: "HR Director", company: "Oakfield People Ltd" },
    [],
  ],
  [
    "en-GB: a planner's MRTPI written in the display name is dropped",
    inbound(
      "Owen Pryce MRTPI <owen@pryce-planning.example>",
      "Site visit",
      "Hi,\n\nAre you free next week for a site visit?\n\nOwen",
    ),
    { name: "Owen Pryce" },
    [],
  ],
];

/** "Title, Department" over the company: the title as written, area and all (corpus README; issue 13's "Vice President, Research"). */
const departments: Case[] = [
  [
    'en: "Senior Accountant, Finance" over the company is the whole title, the department no company',
    inbound(
      "Helen Ward <hward@ward-freight.example>",
      "Invoice software",
      "Hello,\n\nPlease send a demo link.\n\nRegards,\n\nHelen Ward\nSenior Accountant, Finance\nWard Freight Inc.\n312-555-0131\n",
    ),
    { name: "Helen Ward", title: "Senior Accountant, Finance", company: "Ward Freight Inc." },
    [],
  ],
  [
    'en: "Director, Facilities" is a rank with its area and stays whole',
    inbound(
      "Carl Dunn <cdunn@brookfield-school.example>",
      "Boiler service",
      "Hello,\n\nCan you quote the boiler service?\n\nThanks,\n\nCarl Dunn\nDirector, Facilities\nBrookfield Academy\n312-555-0132\n",
    ),
    { name: "Carl Dunn", title: "Director, Facilities", company: "Brookfield Academy" },
    [],
  ],
];

/** A possessive naming the person's company later in an introduction (en, de, fr). */
const companySaid: Case[] = [
  [
    'en: "Her company is …" after the introducer names the person',
    inbound(
      "Ruth Kessler <ruth@kessler-cpa.example>",
      "Intro",
      "Hi,\n\nI'd like you to meet Dana Whitlow (dana@tidewater-kitchens.example). She is renovating two restaurants. Her company is Tidewater Kitchens. Her cell is 312-555-0147.\n\nRuth",
      { cc: "Dana Whitlow <dana@tidewater-kitchens.example>" },
    ),
    { name: "Dana Whitlow", company: "Tidewater Kitchens", phone: "+13125550147" },
    [],
  ],
  [
    'de: "Ihre Firma heißt …" names the introduced person\'s company',
    inbound(
      "Peter Hahn <p.hahn@hahn-steuer.example>",
      "Vorstellung",
      "Hallo,\n\ndarf ich dir Jana Vogt vorstellen? Sie sucht einen Partner für ihre neue Halle. Ihre Firma heißt Vogt Metallbau GmbH.\n\nViele Grüße\nPeter",
      { cc: "Jana Vogt <jana.vogt@vogt-metallbau.example>" },
    ),
    { name: "Jana Vogt", company: "Vogt Metallbau GmbH" },
    [],
  ],
];

/** The lead's short reply over the introduction it answers: what the introducer said about them fills the gaps. */
const answeredIntro: Case[] = [
  [
    'en: a phone-signed "On … wrote:" reply over "meet X, owner of Y … X\'s cell is …"',
    inbound(
      "Dana Reyes <dana@reyes-catering.example>",
      "Re: Intro",
      "Thanks Mike! Owner, happy to talk - any time Thursday?\n\nDana\n\nSent from my iPhone\n\n> On Jun 15, 2026, at 8:15 AM, Mike Lutz <mike@lutz-law.example> wrote:\n>\n> Meet Dana Reyes, owner of Reyes Catering. Dana's cell is 312-555-0144.\n> Mike\n",
    ),
    { name: "Dana Reyes", company: "Reyes Catering", title: "owner", phone: "+13125550144" },
    [],
  ],
  [
    "en: an Outlook reply over the quoted introduction (-----Original Message-----) takes the title and company from it",
    inbound(
      "Samir Haddad <samir@haddad-dental.example>",
      "RE: Introduction",
      "Hi,\n\nGreat to connect. Does Friday work for a call?\n\nSamir\n\n-----Original Message-----\nFrom: Lucy Brandt <lucy@brandt-advisors.example>\nSent: Monday, June 15, 2026 9:00 AM\nTo: Owner Person <owner@owner-co.example.com>\nCc: Samir Haddad <samir@haddad-dental.example>\nSubject: Introduction\n\nHi both,\n\nI'd like to introduce Samir Haddad, Practice Manager at Haddad Dental Group. He is opening a third clinic.\n\nBest,\nLucy\n",
    ),
    { name: "Samir Haddad", company: "Haddad Dental Group", title: "Practice Manager" },
    [],
  ],
];

describe("the causes of the blind mix10 set, in fresh wordings", () => {
  test.each([...caseless, ...postNominals, ...departments, ...companySaid, ...answeredIntro])(
    "%s",
    (_why, input, expected, absent) => {
      const r = extractLeadFromEmail(input, ctx);
      expect(r.lead).toMatchObject(expected);
      for (const f of absent) expect(r.lead[f]).toBeUndefined();
    },
  );
});
