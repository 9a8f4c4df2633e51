import { SetMetadata } from '@nestjs/common';

/** The budgets requests are counted against: `submit`, `admin` (admin-only routes) and `reads` (the rest). */
export type RouteClass = 'submit' | 'admin' | 'reads';

export const ROUTE_CLASS_METADATA = 'sf:route-class';

/** Counts a handler against another class than its access implies (the submit routes). */
export const RateLimitClass = (routeClass: RouteClass): MethodDecorator =>
  SetMetadata(ROUTE_CLASS_METADATA, routeClass);
