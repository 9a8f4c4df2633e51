import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Access as AccessLevel, Principal } from './roles';

/** Metadata key of a handler's access level. */
export const ACCESS_METADATA = 'sf:access';

/** OpenAPI extension naming each operation's access level: the route table, read back from the documents. */
export const ACCESS_EXTENSION = 'x-access';

/**
 * Declares who may call a route: `public`, a role (`viewer` < `submitter` < `approver` < `admin`), `metrics` or
 * `registrant`. Every handler carries one: collected over the app, these declarations ARE the route table (the
 * guard enforces them, the OpenAPI documents publish them as `x-access`, a test walks them). A handler without
 * one is refused to everybody.
 */
export function Access(access: AccessLevel): MethodDecorator {
  const decorators: MethodDecorator[] = [
    SetMetadata(ACCESS_METADATA, access),
    ApiExtension(ACCESS_EXTENSION, access),
  ];
  if (access !== 'public') {
    decorators.push(
      ApiBearerAuth(),
      ApiUnauthorizedResponse({ description: 'no credential, or an invalid, revoked or expired one' }),
      ApiForbiddenResponse({ description: `the caller's role does not reach \`${access}\`` }),
    );
  }
  return applyDecorators(...decorators);
}

/** Request property the guard sets to the authenticated caller. */
export const PRINCIPAL_PROPERTY = 'principal';

/** The authenticated caller of the request (set by the auth guard). */
export const Caller = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const request = ctx.switchToHttp().getRequest<Record<string, unknown>>();
  return request[PRINCIPAL_PROPERTY] as Principal;
});
