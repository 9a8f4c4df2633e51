import { missingQuantities } from './free-text-fidelity';
import { featureFigures } from './realisation';

/*
 * Codes a feature writes in prose ("each failed rule is reported: too_short, no_digit") are what a client expects
 * in the answer: a realisation naming the rules otherwise (`min_length`) does not state them, and a summary that
 * only quotes the feature does not either. Secrets and keys written like codes are configuration, not answers.
 */
const feature =
  'each failed rule is reported in problems: too_short (under 8 characters), no_digit, no_upper';
const realisation = (texts: string[]) => ({ words: [], numbers: [8], texts });

describe('codes a feature writes', () => {
  it('are carried when the worked examples answer them', () => {
    const texts = ['problems', 'too_short', 'no_digit', 'no_upper'];
    expect(missingQuantities(featureFigures(feature), realisation(texts))).toEqual([]);
  });

  it('are missed when the rules are named otherwise, even with the feature quoted in a summary', () => {
    const texts = ['problems', 'min_length', 'digit', 'uppercase', `In the intent's words: "${feature}".`];
    expect(missingQuantities(featureFigures(feature), realisation(texts))).toEqual([
      expect.stringContaining('never states too_short, no_digit, no_upper, codes the feature writes'),
    ]);
  });

  it('leave out secrets, keys, words with digits, routes and shapes', () => {
    const figures = featureFigures(
      'sign with the secret pp_eval_secret or whsec_eval_7f3a; POST /hooks/in_box with {"event_type": string}',
    );
    expect(figures.codes).toBeUndefined();
  });
});
