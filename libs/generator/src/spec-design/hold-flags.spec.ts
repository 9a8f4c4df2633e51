import type { IntentInput } from '@sf/contracts';
import type { ReservationBehavior } from '@sf/service-spec';
import { designSpec } from './spec-designer';

function holds(features: string[]): { path: string; behavior: ReservationBehavior }[] {
  const intent: IntentInput = {
    service_name: 'desk-svc',
    service_type: 'domain',
    priority: 'low',
    purpose: 'A small lending desk',
    key_features: features,
    dependencies: [],
    port: 9000,
    auto_build: false,
    approval_mode: 'auto',
  };
  return designSpec(intent)
    .contract.endpoints.filter((e) => e.behavior.kind === 'reserve' || e.behavior.kind === 'release')
    .map((e) => ({ path: e.path, behavior: e.behavior as ReservationBehavior }));
}

describe('hold features: one state machine, named by the domain', () => {
  it('reads lending and its return as a hold on an on_loan flag with the taker named', () => {
    expect(holds(['add umbrellas', 'lend an umbrella to a guest', 'return an umbrella'])).toEqual([
      {
        path: '/umbrellas/{id}/lend',
        behavior: { kind: 'reserve', resource: 'umbrella', param: 'id', field: 'on_loan', holder: 'guest' },
      },
      {
        path: '/umbrellas/{id}/return',
        behavior: { kind: 'release', resource: 'umbrella', param: 'id', field: 'on_loan', holder: 'guest' },
      },
    ]);
  });

  it('reads checking out and in as a checked_out flag', () => {
    const found = holds(['register laptops', 'check out a laptop', 'check-in a laptop']);
    expect(found.map((h) => [h.path, h.behavior.kind, h.behavior.field, h.behavior.holder])).toEqual([
      ['/laptops/{id}/check-out', 'reserve', 'checked_out', undefined],
      ['/laptops/{id}/check-in', 'release', 'checked_out', undefined],
    ]);
  });

  it('reads lending in German, French and Spanish', () => {
    for (const [lend, back] of [
      ['Ein Buch an ein Mitglied ausleihen', 'Ein Buch zurückgeben'],
      ['prêter un livre à un membre', 'rendre un livre'],
      ['prestar un libro a un socio', 'devolver un libro'],
    ]) {
      const found = holds(['add books', lend, back]);
      expect([lend, found.map((h) => [h.behavior.kind, h.behavior.field, h.behavior.holder])]).toEqual([
        lend,
        [
          ['reserve', 'on_loan', 'member'],
          ['release', 'on_loan', 'member'],
        ],
      ]);
    }
  });

  it('keeps plain reservations as they were', () => {
    expect(holds(['Reserve seats', 'Release seats']).map((h) => [h.path, h.behavior.field])).toEqual([
      ['/seats/{id}/reserve', 'reserved'],
      ['/seats/{id}/release', 'reserved'],
    ]);
  });
});
