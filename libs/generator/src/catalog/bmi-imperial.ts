import type { RoundingMode } from '@sf/service-spec';
import { numberField, type FunctionDesign } from './catalog-entry';
import { BMI_CODE } from './calc-code';
import { bmiOutputs, type BmiCategory } from './calc-designs';
import { divide, fraction, multiply, roundFraction } from './exact-rounding';

/*
 * The BMI in imperial units (weight in pounds, height in inches), by the exact definitions of the units
 * (1 lb = 0.45359237 kg, 1 in = 0.0254 m): BMI = kg / m², the same index and WHO categories as in metric units.
 * Worked examples are exact fractions, apart from the emitted code.
 */

/** People in pounds and inches: 154 lb at 69 in is 22.74 (normal), 110 at 68 is 16.73, 190 at 70 is 27.26, 250 at 66 is 40.35. */
const PEOPLE: { pounds: number; inches: number }[] = [
  { pounds: 154, inches: 69 },
  { pounds: 110, inches: 68 },
  { pounds: 190, inches: 70 },
  { pounds: 250, inches: 66 },
];

const POUND = fraction('0.45359237');
const INCH = fraction('0.0254');

function categoryOf(bmi: number): BmiCategory {
  return bmi < 18.5 ? 'underweight' : bmi < 25 ? 'normal' : bmi < 30 ? 'overweight' : 'obese';
}

/** The BMI endpoint reading pounds and inches. */
export function imperialBmiDesign(
  decimals: number,
  labels: Record<BmiCategory, string>,
  mode: RoundingMode = 'half_up',
): FunctionDesign {
  const rows = PEOPLE.map((p) => {
    const metres = multiply(fraction(p.inches), INCH);
    const exact = divide(multiply(fraction(p.pounds), POUND), multiply(metres, metres));
    return {
      ...p,
      bmi: roundFraction(exact, decimals, mode),
      category: categoryOf(roundFraction(exact, Math.max(decimals, 1), mode)),
    };
  });
  const rounded = mode === 'half_up' ? 'rounded' : `rounded ${mode.replace('_', ' ')}`;
  return {
    function: BMI_CODE.id,
    method: 'POST',
    path: '/calc/bmi',
    summary: `Computes the body mass index (BMI) in imperial units, from the weight in pounds (lb) and the height in inches (in): BMI = (pounds × 0.45359237) / (inches × 0.0254)², the same kg/m² index as in metric units (about 703 × lb / in²), ${rounded} to ${decimals} decimals, with its WHO category (read off the BMI as answered): "${labels.underweight}" below 18.5, "${labels.normal}" from 18.5 to 24.9, "${labels.overweight}" from 25 to 29.9, "${labels.obese}" from 30 on; a weight or height that is not positive is refused with 400.`,
    inputs: [
      { param: 'weight', field: numberField('weight_lb', 'Body weight in pounds (lb)', 154) },
      { param: 'height', field: numberField('height_in', 'Height in inches (in)', 69) },
    ],
    outputs: bmiOutputs(`${rounded} to ${decimals} decimals`, labels, rows[0].bmi, labels[rows[0].category]),
    options: { units: 'imperial', decimals, ...(mode === 'half_up' ? {} : { rounding: mode }), ...labels },
    examples: rows.map((r) => ({
      description: `${r.pounds} lb at ${r.inches} in is a BMI of ${r.bmi}: ${labels[r.category]}.`,
      input: { weight_lb: r.pounds, height_in: r.inches },
      output: { bmi: r.bmi, category: labels[r.category] },
    })),
    refusals: [
      {
        description: 'A weight of 0 lb is not positive and is refused.',
        input: { weight_lb: 0, height_in: 69 },
      },
      {
        description: 'A negative height is not positive and is refused.',
        input: { weight_lb: 154, height_in: -69 },
      },
    ],
  };
}
