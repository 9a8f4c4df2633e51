import { routePartTexts } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import type { DesignContext } from './design-context';
import { readFeature, type FeatureReading } from './feature-reader';
import { realiseLiteral } from './literal-features';
import { withUniqueNamed } from './named-fields';
import { realiseSpelledOwnerAggregate } from './owner-aggregate-route';
import { realiseSpelledSignUps } from './signup-list-features';

/*
 * A feature may spell several routes of a resource in one sentence ("POST /trucks {…} -> 201; GET /trucks/{id}
 * -> the truck or 404; DELETE /trucks/{id} -> 204"). Every route it spells is an endpoint of its own: the
 * feature is cut into one part per route (from one route to the next), each part realised like a feature that
 * names one route, and the endpoints are then credited to the whole feature.
 */

/**
 * The feature cut into one part per route it spells, as the gate cuts it (`routePartTexts`); a single part when
 * it spells one route or none.
 */
export function routeParts(feature: string): string[] {
  const parts = routePartTexts(feature);
  if (parts.length <= 1) return [feature];
  return parts.map((part) => part.replace(/[\s;,]+(?:and|und|et|y|e)?\s*$/i, '').trim());
}

/**
 * Realises every route a literal feature spells. A feature with one route is realised as before; with several,
 * each part is realised on its own (its method, path, shapes and statuses), the endpoints name the whole
 * feature, and a uniqueness the feature states anywhere ("emails are unique") holds for the records it creates.
 */
export function realiseLiteralRoutes(
  b: ContractBuilder,
  ctx: DesignContext,
  feature: string,
  r: FeatureReading,
): void {
  const parts = routeParts(feature);
  if (parts.length === 1) {
    // `GET /players/{player}/average -> {"player": …, "average": …}`: one owner's figure over kept records.
    realiseRoute(b, ctx, feature, r);
    return;
  }
  for (const part of parts) {
    const reading = readFeature(part);
    if (!reading.literal) continue;
    realiseRoute(b, ctx, part, reading);
    for (const e of b.contract.endpoints) {
      if (!e.features.includes(part)) continue;
      e.features = [...new Set(e.features.map((f) => (f === part ? feature : f)))];
    }
  }
  for (const e of b.contract.endpoints) {
    if (e.behavior.kind !== 'create' || !e.features.includes(feature)) continue;
    const resource = b.resource(e.behavior.resource);
    resource.fields = withUniqueNamed(feature, resource.fields);
  }
}

/**
 * One spelled route: sign-ups under a parent's route (`POST`/`GET /workshops/{id}/signups`), one owner's figure
 * over kept records, else what the route's path says.
 */
function realiseRoute(b: ContractBuilder, ctx: DesignContext, feature: string, r: FeatureReading): void {
  if (!realiseSpelledSignUps(b, feature, r) && !realiseSpelledOwnerAggregate(b, feature, r))
    realiseLiteral(b, ctx, feature, r);
}
