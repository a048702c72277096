// A Portuguese (pt-PT) forward: the note's "Indicação do …" is the source, the signature's "Telem." a Portuguese mobile.
import { extractLeadFromEmail } from "../../../src/core/email/extract";
import { forwardedMessage, OWNER_CTX, ownerInbox } from "../../helpers/owner-inbox";

const { note } = ownerInbox("Thu, 03 Dec 2026 09:00:00 +0000");

describe("a pt-PT forward", () => {
  const input = note(
    "Indicação do Rui Fonseca (cliente da cooperativa). Ligar a 18 de dezembro, depois da feira de Natal deles.",
    forwardedMessage(
      "quarta-feira, 2 de dezembro de 2026 10:04:37 WET",
      "Ana Beatriz Sousa e Mello <anabeatriz@quintavaleverde.example>",
      "Olá,\n\nPrecisávamos de 300 caixas para cabazes de Natal.\n\nObrigada!\n\nAna Beatriz Sousa e Mello\nGerente\nQuinta do Vale Verde, Lda.\nTel. 263 555 012 | Telem. 915 550 123",
    ),
  );
  const { lead } = extractLeadFromEmail(input, OWNER_CTX);

  test('"Telem." and "Lda." are Portugal\'s: the mobile is +351, not a Brazilian reading', () => {
    expect(lead.phone).toBe("+351915550123");
  });
  test('the note names the referral first ("Indicação do …"); the lead\'s own fair later is not how they came', () => {
    expect(lead.source).toMatch(/^Referral/);
  });
  test('the particle "e" between surnames stays small ("Sousa e Mello")', () => {
    expect(lead.name).toBe("Ana Beatriz Sousa e Mello");
  });
});
