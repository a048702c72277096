// System notices that name the lead: a booker's labelled fields (zh), a voicemail's subject, a translated site form's
// "From" line, a relay that cuts the member's surname to its initial.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, Lead } from "../../../src/core/lead";
import { OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { inbound } = ownerInbox("Mon, 07 Dec 2026 10:00:00 +0000");

type Case = [why: string, input: EmailInput, expected: Partial<Lead>];

const cases: Case[] = [
  [
    'zh-TW booking tool: the booker ("預約人", "預約人電話", "預約人 Email") is the lead, not the guest they book for',
    inbound(
      "預約系統 <noreply@booking-tool.example>",
      "【新預約】12/20 10:00",
      "您有一筆新的預約：\n\n服務項目：剪髮\n預約人：黃美華\n預約人電話：0912-555-013\n預約人 Email：meihua.huang@mail.example\n到店貴賓：王小明\n\n此信件由系統自動發送，請勿直接回覆。",
    ),
    { name: "黃美華", email: "meihua.huang@mail.example", phone: "+886912555013" },
  ],
  [
    'zh-CN order notice: "订购人" with "订购人电话" and "邮箱"',
    inbound(
      "订单通知 <noreply@shop-tool.example>",
      "新订单",
      "新订单：\n\n订购人：刘建国\n订购人电话：138 0013 8000\n邮箱：jianguo.liu@mail.example\n收货人：刘小红\n",
    ),
    { name: "刘建国", email: "jianguo.liu@mail.example", phone: "+8613800138000" },
  ],
  [
    "en voicemail-to-e-mail: the caller named only in the subject, their number in brackets beside the name (not the mailbox's)",
    inbound(
      "CallDesk Voicemail <voicemail@calldesk.example>",
      "New voicemail from Rowan Ellery (07700 900188) - 1:02",
      'You have a new voicemail.\n\nCaller: 07700 900188\nDuration: 1:02\nMailbox: Main (01632 960 555)\n\nTranscription:\n"Hi, could somebody ring me back about a quote? Thanks."',
    ),
    { name: "Rowan Ellery", phone: "+447700900188" },
  ],
  [
    'en missed-call notice: "Missed call from Dana Whitcombe (+1 415-555-0142)"',
    inbound(
      "PhoneLine <alerts@phoneline.example>",
      "Missed call from Dana Whitcombe (+1 415-555-0142)",
      "You missed a call.\n\nTime: 09:14\nLine: Office (+1 415-555-0100)",
    ),
    { name: "Dana Whitcombe", phone: "+14155550142" },
  ],
  [
    'ro WordPress form: "De la: Name <address>" is the visitor who wrote (Contact Form 7 translated)',
    inbound(
      "WordPress <wordpress@atelier-lemn.example>",
      "[Atelier] Mesaj nou",
      "De la: Mihai Popescu <mihai.popescu@posta.example>\nSubiect: Ofertă\n\nMesaj:\nBună ziua, aș dori o ofertă pentru o masă.\n\n--\nAcest e-mail a fost trimis de pe formularul de contact.",
    ),
    { name: "Mihai Popescu", email: "mihai.popescu@posta.example" },
  ],
  [
    'sv WordPress form: "Från: Name <address>"',
    inbound(
      "WordPress <wordpress@snickeri.example>",
      "[Snickeri] Nytt meddelande",
      "Från: Elin Berg <elin.berg@post.example>\nÄmne: Offert\n\nMeddelande:\nHej, jag vill ha en offert på en bokhylla.\n",
    ),
    { name: "Elin Berg", email: "elin.berg@post.example" },
  ],
  [
    'en relay "Gareth P. via Platform" with the member\'s own Reply-To, signed in full: the full name, not the notice line',
    inbound(
      '"Tamsin W. via JobBoard" <relay-77a1@msg.jobboard.example>',
      "New message about your listing",
      'JobBoard\n\nTamsin W. sent you a message\nJob: Fence repair\n\n"Hi, two panels blew down in the storm, can you replace them? Tamsin Whitlock"\n\nReply to this email to respond to Tamsin W.',
      { replyTo: "tamsin.whitlock@mail.example" },
    ),
    { name: "Tamsin Whitlock", email: "tamsin.whitlock@mail.example" },
  ],
  [
    "de relay with the surname's initial only and no full name in the text: the name as the platform shows it",
    inbound(
      '"Jonas K. via Handwerkerportal" <relay-5521@msg.handwerkerportal.example>',
      "Neue Nachricht zu Ihrem Inserat",
      "Jonas K. hat Ihnen eine Nachricht gesendet\n\n„Können Sie nächste Woche die Dachrinne reinigen?“",
      { replyTo: "jonas.k@mail.example" },
    ),
    { name: "Jonas K.", email: "jonas.k@mail.example" },
  ],
];

describe("a notice names its lead by the notice's own structure", () => {
  test.each(cases)("%s", (_why, input, expected) => {
    expect(extractLeadFromEmail(input, OWNER_CTX).lead).toMatchObject(expected);
  });
});
