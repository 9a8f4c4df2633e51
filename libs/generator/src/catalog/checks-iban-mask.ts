import { readFeatureLiterals } from '@sf/service-spec';
import type { FunctionDesign } from './catalog-entry';
import { IBAN_CODE } from './checks-iban';

/*
 * An IBAN answered masked beside its check ("also return it masked: every character but the last four replaced
 * by *", "maskiert, nur die letzten 4 Zeichen sichtbar", "enmascarado salvo los 4 últimos"): the valid IBAN
 * without spaces, upper case, each character but the last ones the feature keeps replaced by "*"; null when the
 * IBAN is invalid. Read only when the feature says how many characters stay visible and masks with "*" (or names
 * no mask character): a masking of another shape is not this computation.
 */

/** Words of masking an IBAN, folded. */
const MASK =
  /\b(?:mask\w*|maskier\w*|enmascar\w*|masqu\w*|mascher\w*|mascar\w*|hidden|hide|verdeck\w*|verborgen|ocult\w*|cache\w*|nascost\w*)\b/;
const NUMBER: Readonly<Record<string, number>> = {
  four: 4,
  vier: 4,
  cuatro: 4,
  quatre: 4,
  quattro: 4,
  quatro: 4,
};
const COUNT = String.raw`(\d|four|vier|cuatro|quatre|quattro|quatro)`;
/** How many characters stay visible: "the last four", "letzten 4", "últimos 4", "4 derniers", "ultimi 4". */
const KEPT = [
  new RegExp(String.raw`\b(?:last|letzten|ultimos|ultimas|derniers|dernieres|ultimi|ultime)\s+${COUNT}\b`),
  new RegExp(String.raw`\b${COUNT}\s+(?:last|letzten|ultimos|ultimas|derniers|dernieres|ultimi|ultime)\b`),
];
/** A mask character other than "*" named by the feature ("#", "•", "X"). */
const OTHER_MASK =
  /["'“‘«]\s*[^*\s\w]\s*["'”’»]|["'“‘«]\s*x\s*["'”’»]|\b(?:hash|raute|almohadilla|diese)\b|[#•●]/;

/** How many last characters a feature keeps visible in a masked IBAN, or null when it asks for no such mask. */
export function maskedKeep(folded: string): number | null {
  if (!MASK.test(folded) || OTHER_MASK.test(folded)) return null;
  for (const kept of KEPT) {
    const m = kept.exec(folded);
    if (m) {
      const n = NUMBER[m[1]] ?? Number(m[1]);
      return n >= 1 && n <= 8 ? n : null;
    }
  }
  return null;
}

/** The answer field a feature names for the masked IBAN (`"masked"`, `"iban_masque"`), else "masked". */
export function maskedName(text: string): string {
  const names = readFeatureLiterals(text).response.map((f) => f.name);
  return names.find((n) => MASK.test(n.toLowerCase().replace(/_/g, ' '))) ?? 'masked';
}

const MASK_WORDS =
  'Masked: die IBAN maskiert (nur die letzten Zeichen sichtbar, der Rest durch * ersetzt); el IBAN enmascarado (solo los últimos caracteres visibles, el resto con *); l’IBAN masqué (seuls les derniers caractères visibles, le reste remplacé par *); l’IBAN mascherato (visibili solo gli ultimi caratteri, il resto con *); o IBAN mascarado (só os últimos caracteres visíveis, o resto com *)';

/** The check answering a valid IBAN masked too, in field `name`, its last `keep` characters visible. */
export function withMask(d: FunctionDesign, name: string, keep: number): FunctionDesign {
  if (d.function !== IBAN_CODE.id || d.outputs.some((o) => o.result === 'masked')) return d;
  const valid = d.outputs.find((o) => o.result === 'valid')?.field ?? 'valid';
  const param = d.inputs.find((i) => i.param === 'iban')?.field.name ?? 'iban';
  const mask = (value: string) => {
    const compact = value.replace(/ /g, '').toUpperCase();
    return '*'.repeat(compact.length - keep) + compact.slice(-keep);
  };
  const shown = mask('DE89 3704 0044 0532 0130 00');
  return {
    ...d,
    summary: `${d.summary} Also answers a valid IBAN masked (${name}): spaces removed, upper case, every character but the last ${keep} replaced by "*" (DE89 3704 0044 0532 0130 00 → ${shown}), null when the IBAN is invalid. ${MASK_WORDS}.`,
    options: { ...d.options, mask_keep: keep },
    outputs: [
      ...d.outputs,
      {
        result: 'masked',
        field: name,
        description: `The valid IBAN masked: all but its last ${keep} characters replaced by * (null when invalid)`,
        example: mask('GB82 WEST 1234 5698 7654 32'),
      },
    ],
    examples: d.examples.map((x) => ({
      ...x,
      description: `${x.description} Masked: ${x.output[valid] === true ? mask(String(x.input[param])) : 'null'}.`,
      output: { ...x.output, [name]: x.output[valid] === true ? mask(String(x.input[param])) : null },
    })),
  };
}
