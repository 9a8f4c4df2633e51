import type { SeededRandom } from './random';

/** One intent of a chaos run and the outcome it should reach when nothing goes wrong. */
export interface ChaosIntent {
  service_name: string;
  port: number;
  expect: 'deployed' | 'refused';
  body: Record<string, unknown>;
}

// Record keeping the offline designer realises in full (the gate passes, the build deploys).
const DEPLOYABLE: { purpose: string; features: string[] }[] = [
  { purpose: 'Keep notes', features: ['Create notes', 'List notes', 'Get a note by id'] },
  {
    purpose: 'Save bookmarks',
    features: ['Add a bookmark with a title and url', 'List bookmarks', 'Delete a bookmark'],
  },
  {
    purpose: 'An address book',
    features: ['Register a contact with name and email', 'List contacts', 'Get a contact by id'],
  },
];

// Work no rule realises (a payment vendor, SMS, OCR): the fidelity gate refuses the SPEC, honestly.
const REFUSED: { purpose: string; features: string[] }[] = [
  {
    purpose: 'Order notifications',
    features: [
      'Send an SMS to the customer through Twilio when an order ships',
      'Charge the card via Stripe',
    ],
  },
  { purpose: 'Document translator', features: ['Translate uploaded PDF documents into French using OCR'] },
];

/**
 * `count` intents, each with its own service name and port (ports from `ports`), `refusedShare` of them
 * written so that the gate refuses them; the order of the two kinds is shuffled by `random`.
 */
export function chaosIntents(
  count: number,
  refusedShare: number,
  runTag: string,
  ports: number[],
  random: SeededRandom,
): ChaosIntent[] {
  const refused = Math.round(count * refusedShare);
  const kinds: ('deployed' | 'refused')[] = [
    ...Array<'refused'>(refused).fill('refused'),
    ...Array<'deployed'>(count - refused).fill('deployed'),
  ];
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = random.below(i + 1);
    [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
  }
  return kinds.map((expect, i) => {
    const template = random.pick(expect === 'deployed' ? DEPLOYABLE : REFUSED);
    const service_name = `chaos-${runTag}-${i}`;
    return {
      service_name,
      port: ports[i],
      expect,
      body: {
        service_name,
        service_type: 'domain',
        priority: random.pick(['high', 'medium', 'low']),
        purpose: template.purpose,
        key_features: template.features,
        dependencies: [],
        port: ports[i],
        auto_build: true,
        approval_mode: 'auto',
      },
    };
  });
}
