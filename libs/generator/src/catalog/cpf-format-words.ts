/*
 * A CPF asked in its printed form, 000.000.000-00: "devolver o CPF formatado", "formatar um CPF no padrão
 * 000.000.000-00", "return it formatted as 000.000.000-00", "den CPF formatiert zurückgeben". The CPF check answers
 * it beside valid when the feature asks (option `formatted`): its eleven digits grouped 3.3.3-2, null when it has
 * not eleven digits. A feature that only adds the printed form to a check another feature asks for ("devolver
 * também o CPF formatado") is read as that check's add-on.
 */

/** Words of a printed form (folded), in the six languages intents are written in. */
const FORMAT =
  /^(?:formatted|formatting|formatar|formatado|formatada|formatados|formatacao|formatiert|formatieren|formatierte|formatear|formateado|formateada|formater|formate|formatee|formatte|formattato|formattata|formattare|mascara|maschera|pontuado|pontuacao)$/;

/** "000.000.000-00", "xxx.xxx.xxx-xx", "999.999.999-99": the pattern of the printed CPF, written out. */
const PATTERN =
  /\b(?:0{3}\.0{3}\.0{3}-0{2}|x{3}\.x{3}\.x{3}-x{2}|9{3}\.9{3}\.9{3}-9{2}|n{3}\.n{3}\.n{3}-n{2})\b/i;

/** Verbs of checking, beyond the words of validity: a feature that checks is a check of its own. */
const CHECKS =
  /^(?:validar|validate|check|verificar|conferir|checar|prufen|comprobar|verifier|verificare|controllare)$/;

/** Words of adding to another feature's answer. */
const ADD_ON = /^(?:also|too|tambem|auch|ademas|tambien|aussi|anche|inoltre)$/;

/**
 * How a CPF feature asks for the printed form: 'own' (a check or formatting of its own, answering it), 'add-on'
 * (added to the check another feature asks for), or null when it does not ask for it.
 */
export function cpfFormatAsked(text: string, words: string[]): 'own' | 'add-on' | null {
  if (!words.some((w) => FORMAT.test(w)) && !PATTERN.test(text)) return null;
  if (words.some((w) => ADD_ON.test(w)) && !words.some((w) => CHECKS.test(w))) return 'add-on';
  return 'own';
}

/** The printed form of eleven digits (reference): 52998224725 → 529.982.247-25; null when not eleven digits. */
export function cpfPrinted(written: string): string | null {
  const digits = written.replace(/[.\-\s]/g, '');
  if (!/^\d{11}$/.test(digits)) return null;
  return `${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6, 9)}-${digits.slice(9)}`;
}
