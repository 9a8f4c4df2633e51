import type { IntentInput } from '@sf/contracts';
import { extractContract, renderSpec, verifySpec } from '@sf/service-spec';
import { designSpec } from './spec-designer';
import { optimizeSpec } from './spec-optimizer';
import { readTtl } from './ttl-features';

function reading(feature: string) {
  const read = readTtl(feature);
  return read && { seconds: read.seconds, own: read.own };
}

describe('readTtl', () => {
  it('reads a fixed lifetime in English, German, Spanish and French', () => {
    expect(reading('invitations are valid for 3 days')).toEqual({ seconds: 259200, own: false });
    expect(reading('uploads expire 45 seconds after they are stored')).toEqual({ seconds: 45, own: false });
    expect(reading('Einladungen verfallen nach 2 Stunden')).toEqual({ seconds: 7200, own: false });
    expect(reading('las reservas caducan a los 20 minutos')).toEqual({ seconds: 1200, own: false });
    expect(reading('les jetons expirent après 30 secondes')).toEqual({ seconds: 30, own: false });
    expect(reading('Einladungen gelten 7 Tage')).toEqual({ seconds: 604800, own: false });
    expect(reading('a link is gone 24 hours after it was made')).toEqual({ seconds: 86400, own: false });
    expect(reading('i codici scadono dopo 10 minuti')).toEqual({ seconds: 600, own: false });
  });

  it("reads each record's own lifetime, with or without a fallback", () => {
    expect(reading('each upload expires after its own ttl_seconds')).toEqual({
      seconds: undefined,
      own: true,
    });
    expect(reading('a ticket expires after its own ttl_seconds, else after 1 hour')).toEqual({
      seconds: 3600,
      own: true,
    });
  });

  it('reads no expiry in a duration without one', () => {
    expect(reading('store a workout with its length in minutes')).toBeNull();
    expect(reading('a timer that rings after 5 minutes')).toBeNull();
    expect(reading('sessions expire after 30 minutes of inactivity')).toBeNull();
    expect(reading('Sitzungen verfallen nach 30 Minuten Inaktivität')).toBeNull();
    expect(reading('Preise gelten inklusive Mehrwertsteuer')).toBeNull();
    expect(reading('how many days until my passport expires')).toBeNull();
    expect(reading('the shop is gone for 2 weeks in August')).toBeNull();
  });
});

describe('an expiry feature through the gate', () => {
  const features = [
    'Add invitations with an email',
    'Read an invitation',
    'Invitations are valid for 2 days',
  ];
  const intent: IntentInput = {
    service_name: 'invites-svc',
    service_type: 'domain',
    priority: 'low',
    purpose: 'Invitations to a private beta',
    key_features: features,
    dependencies: [],
    port: 9000,
    auto_build: true,
    approval_mode: 'auto',
  };

  function specOf(): string {
    const { contract, notes } = designSpec(intent);
    let markdown = renderSpec(contract, { notes });
    let v = verifySpec(markdown, intent);
    for (let round = 0; round < 3 && v.score < 90; round += 1) {
      markdown = optimizeSpec(intent, markdown, v);
      v = verifySpec(markdown, intent);
    }
    return markdown;
  }

  it('is realised by a resource whose records expire after that time', () => {
    const markdown = specOf();

    expect(verifySpec(markdown, intent).fidelity.map((f) => f.problems)).toEqual([[], [], []]);
    expect(extractContract(markdown).resources[0].ttl).toEqual({ seconds: 172800 });
  });

  it('is refused when the same SPEC keeps the records for ever', () => {
    const contract = extractContract(specOf());
    delete contract.resources[0].ttl;
    const v = verifySpec(renderSpec(contract), intent);

    expect(v.fidelity[2].realised).toBe(false);
  });
});
