import type { IntentInput } from '@sf/contracts';
import { familyIntent, offlineSpec } from '../testing/offline-spec';
import { extractContract, renderSpec, verifySpec, type RedirectBehavior } from '@sf/service-spec';
import { runAcceptancePack } from '../testing/reference-service';

/* Short links: a code the service makes, an http(s) target, a redirect that counts its visits. */

const intent = (features: string[]): IntentInput =>
  familyIntent('tiny-links', 'Short links for printed posters', features);

const specOf = offlineSpec;

const SPELLED = [
  'POST /shorts with body {"target": string} returns 201 {"key": string, "target": string}; a target that is not an http or https URL returns 400',
  'GET /go/{key} answers 301 with a Location header to the target and counts a visit; an unknown key returns 404',
  'GET /shorts/{key} returns {"key": string, "target": string, "visits": integer}',
];

describe('short links', () => {
  it.each([
    ['spelled out', SPELLED],
    [
      'free text',
      [
        'Shorten a long URL to a code of its own; only http and https URLs are accepted',
        'Opening a code redirects to its URL and counts the click',
        'Show a link with its URL and its clicks',
      ],
    ],
    [
      'Spanish',
      ['Acortar una URL larga a un código corto', 'Un código corto redirige a su URL y cuenta las visitas'],
    ],
    [
      'French',
      [
        'Raccourcir une URL longue en un code court',
        'Un code court redirige vers son URL et compte les clics',
      ],
    ],
  ])('%s: every feature realised, and a correct service passes the pack', (_name, features) => {
    const markdown = specOf(intent(features));
    const v = verifySpec(markdown, intent(features));

    expect(v.fidelity.filter((f) => !f.realised).map((f) => [f.feature, f.problems])).toEqual([]);
    expect(runAcceptancePack(extractContract(markdown))).toEqual([]);
  });

  it('makes the code, checks the target and counts into the field the answers name', () => {
    const c = extractContract(specOf(intent(SPELLED)));
    const redirect = c.endpoints.find((e) => e.behavior.kind === 'redirect')?.behavior as RedirectBehavior;
    const fields = c.resources.find((r) => r.name === redirect.resource)?.fields ?? [];

    expect(redirect).toMatchObject({ status: 301, key_field: 'key', count_field: 'visits' });
    expect(fields.find((f) => f.name === 'key')).toMatchObject({
      required: false,
      generate: 'code',
      unique: true,
    });
    expect(fields.find((f) => f.name === 'target')).toMatchObject({ format: 'url' });
  });

  it('keeps a code the client must send its own', () => {
    const c = extractContract(
      specOf(
        intent([
          'POST /links with body {"alias": string, "url": string} returns 201',
          'GET /to/{alias} redirects to the url',
        ]),
      ),
    );
    const alias = c.resources.flatMap((r) => r.fields).find((f) => f.name === 'alias');

    expect(alias).toMatchObject({ required: true, unique: true });
    expect(alias?.generate).toBeUndefined();
  });

  it('is refused when the same SPEC redirects without counting, or stores any target', () => {
    const counted = extractContract(specOf(intent(SPELLED)));
    const redirect = counted.endpoints.find((e) => e.behavior.kind === 'redirect')
      ?.behavior as RedirectBehavior;
    delete redirect.count_field;
    expect(verifySpec(renderSpec(counted), intent(SPELLED)).fidelity[1].realised).toBe(false);

    const checked = extractContract(specOf(intent(SPELLED)));
    for (const f of checked.resources.flatMap((r) => r.fields)) delete f.format;
    expect(verifySpec(renderSpec(checked), intent(SPELLED)).fidelity[0].realised).toBe(false);
  });
});
