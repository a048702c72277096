// A site chat widget's transcript mailed from a mailbox named in the site's language ("transcricoes@", "transcripciones@").
import { isSystemSender } from "../../../src/core/email/people";
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import type { EmailInput, ExtractContext } from "../../../src/core/lead";

test.each<[why: string, email: string]>([
  ["pt", "transcricoes@chatwidget.example"],
  ["es", "transcripciones@chatwidget.example"],
  ["fr", "transcriptions@chatwidget.example"],
  ["it", "trascrizioni@chatwidget.example"],
  ["de", "transkripte@chatwidget.example"],
])("%s: a transcript mailbox is a system sender", (_why, email) => {
  expect(isSystemSender({ name: "ChatWidget", email })).toBe(true);
});

test("pt: the visitor of a site chat's transcript is the lead, from the website, with the number they gave", () => {
  const body = [
    "Nova conversa encerrada no chat do site padaria-sol.example",
    "",
    "Visitante: Renata Lopes Machado",
    "E-mail: renata.machado@correio.example",
    "Telefone: (21) 95555-0186",
    "",
    "Transcrição:",
    "[09:02] Renata Lopes Machado: Olá! Vocês entregam bolos para eventos?",
    "[09:03] Paulo: Olá, Renata! Entregamos sim.",
    "",
    "-- ",
    "Enviado automaticamente por ChatWidget",
  ].join("\n");
  const input: EmailInput = {
    from: "ChatWidget <transcricoes@chatwidget.example>",
    to: "contato@padaria-sol.example",
    cc: "",
    subject: "Transcrição de chat: Renata Lopes Machado",
    dateHeader: "Thu, 3 Dec 2026 09:20:00 -0300",
    date: new Date("2026-12-03T12:20:00Z"),
    plainBody: body,
    htmlBody: "",
    attachments: [],
  };
  const ctx: ExtractContext = { ownerEmails: ["contato@padaria-sol.example"], defaultRegion: "BR" };
  expect(extractLeadFromEmail(input, ctx).lead).toMatchObject({
    name: "Renata Lopes Machado",
    phone: "+5521955550186",
    source: "Website",
  });
});
