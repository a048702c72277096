// A Chinese display name that is a surname with a form of address (QQ/WeChat/163 nicknames), not the full name.

/**
 * zh "王师傅" (master Wang), "李经理" (manager Li), "张总" (boss Zhang), "陈老师", "刘先生", "赵女士", "周小姐", "吴工"
 * (engineer Wu), "老王" / "小王" (old/young Wang): the surname and a form of address, as QQ Mail, WeChat and 163.com
 * users set their display name; the signature's full name that starts with that surname is the person's name.
 */
const ADDRESSED_RE =
  /^(?:(\p{Script=Han})(?:师傅|師傅|经理|經理|总|總|老师|老師|先生|女士|小姐|工|老板|老闆|主任|姐|哥)|[老小](\p{Script=Han}))$/u;

/** Whether `display` is a surname with a form of address and `signed` a 2–4 character Han name with that surname. */
export function addressedBySurname(display: string, signed: string): boolean {
  const m = ADDRESSED_RE.exec(display.trim());
  if (!m) return false;
  const surname = m[1] ?? m[2];
  const name = signed.trim();
  return /^\p{Script=Han}{2,4}$/u.test(name) && name.startsWith(surname) && name !== display.trim();
}
