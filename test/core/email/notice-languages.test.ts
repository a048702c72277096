// Notices in more languages and from relays: the person a chat, form, voicemail or marketplace relay names.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { inbound } = ownerInbox("Mon, 07 Dec 2026 10:00:00 +0000");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>];

const cases: Case[] = [
  [
    "en: a marketplace writes from a per-conversation relay (reply-8f3a2c9e1b@relay…): its member, not the platform",
    inbound(
      "TradeFinder <reply-8f3a2c9e1b@relay.tradefinder.example>",
      "Sarah sent you a message about Kitchen fitting",
      'Hi,\n\nYou have a new message from Sarah about your listing.\n\n"Can you fit 12 units in January? Thanks, Sarah"\n\nReplies to this email are passed on to Sarah.',
    ),
    { name: "Sarah" },
  ],
  [
    'zh: a site chat\'s transcript with "访客：", "邮箱：", "电话：" (full-width colons): the visitor, source Website',
    inbound(
      "在线客服系统 <livechat@owner-co.example.com>",
      "聊天记录：王丽娜",
      "网站在线客服对话记录\n\n访客：王丽娜\n邮箱：lina.wang@jiuba-mail.example\n电话：139 5550 1122\n\n[15:21] 王丽娜：你好，想订桶装啤酒。",
    ),
    { name: "王丽娜", email: "lina.wang@jiuba-mail.example", phone: "+8613955501122", source: "Website" },
  ],
  [
    'ko: a homepage consultation form ("홈페이지 상담 신청", "연락처"): the number is the visitor\'s, source Website',
    inbound(
      "바른재활 <no-reply@owner-co.example.com>",
      "[홈페이지 문의] 새 상담 신청",
      "[바른재활] 홈페이지 상담 신청이 접수되었습니다.\n\n이름: 이서연\n\n연락처: 010-5555-0131\n\n이메일: seoyeon.lee@mail.example",
    ),
    { name: "이서연", email: "seoyeon.lee@mail.example", phone: "+821055550131", source: "Website" },
  ],
  [
    'tr: a voicemail transcript "Merhaba, ben Selin Aydın, … Moda Pastanesi\'nden arıyorum … cep telefonumdan dönün"',
    inbound(
      "SesliPosta <voicemail@sesliposta.example>",
      "Yeni sesli mesaj: +90 212 555 01 23",
      "Yeni sesli mesaj\n\nArayan: +90 212 555 01 23\n\nTranskript (otomatik):\n\"Merhaba, ben Selin Aydın, Kadıköy'deki Moda Pastanesi'nden arıyorum. Lütfen cep telefonumdan dönün: 0532 555 01 44. Teşekkürler.\"",
    ),
    { name: "Selin Aydın", company: "Moda Pastanesi", phone: "+905325550144" },
  ],
  [
    "en: a marketplace's \"requests@\" sender is a system sender: the requester's fields, no referral from the platform",
    inbound(
      "LocalPros <requests@localpros.example>",
      "New quote request: Banners - Derek Wu",
      "LocalPros\n\nNew quote request.\n\nContact details\nName: Derek Wu\nEmail: derek.wu@mailbox.example\nPhone: 07700 900947\nOrganisation: Leith Primary School PTA\n\nRespond within 24 hours.",
    ),
    { name: "Derek Wu", phone: "+447700900947", company: "Leith Primary School PTA", source: undefined },
  ],
];

describe("notices in more languages and from relays", () => {
  test.each(cases)("%s", (_why, input, expected) => {
    const { lead } = extractLeadFromEmail(input, OWNER_CTX);
    for (const [k, v] of Object.entries(expected)) expect(lead[k as keyof Lead]).toBe(v);
  });
});
