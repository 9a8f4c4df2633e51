import { Body, Controller, Delete, Get, HttpCode, Optional, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ListServicesQuery } from './dto/list-services.query';
import { RegistryService, serviceNotFound } from './registry.service';
import type { RegisteredService } from './registry.types';
import { parseRegisterRequest } from './register-request.validation';
import { Access } from '@sf/platform';
import { ReleaseGit } from '../release-git/release-git.service';
import type { ServiceGitLink } from '../release-git/release-git.types';

/** A registry entry as read: with where the service's releases are in git (docs/git.md), null when none. */
export type RegisteredServiceView = RegisteredService & { git: ServiceGitLink | null };

/**
 * The built-in registry's HTTP contract (PRODUCT §7). The register body is validated with ajv against the
 * UDC entry schema, not a class-validator DTO: the schema is the contract's single definition, shared
 * with the checker and generated services, and a DTO would be a second copy to keep in step.
 */
@ApiTags('registry')
@Controller('registry')
export class RegistryController {
  constructor(
    private readonly registry: RegistryService,
    @Optional() private readonly git?: ReleaseGit,
  ) {}

  @Post('register')
  @Access('registrant')
  @ApiOperation({ summary: 'Register (or replace) a service: 201 when new, 200 when replaced' })
  @ApiBody({ description: 'UDC registry entry, plus optional `heartbeat_interval_seconds` (default 10)' })
  async register(
    // `unknown` keeps the global ValidationPipe out of the way; ajv validates instead.
    @Body() body: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RegisteredService> {
    const { service, created } = await this.registry.register(parseRegisterRequest(body));
    void reply.status(created ? 201 : 200);
    return service;
  }

  @Post('heartbeat/:name')
  @Access('registrant')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a heartbeat; 404 SERVICE_NOT_FOUND tells the service to register again' })
  heartbeat(@Param('name') name: string): Promise<RegisteredService> {
    return this.registry.heartbeat(name);
  }

  @Delete(':name')
  @Access('registrant')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'removed' })
  async deregister(@Param('name') name: string): Promise<void> {
    if (!(await this.registry.deregister(name))) throw serviceNotFound(name);
  }

  @Get('services')
  @Access('viewer')
  @ApiOkResponse({ description: '`{services: [...]}` sorted by name; `status` is computed at read time' })
  async list(@Query() query: ListServicesQuery): Promise<{ services: RegisteredServiceView[] }> {
    const services = await this.registry.list({ status: query.status });
    return { services: await Promise.all(services.map((s) => this.withGit(s))) };
  }

  @Get('services/:name')
  @Access('viewer')
  async get(@Param('name') name: string): Promise<RegisteredServiceView> {
    const service = await this.registry.get(name);
    if (!service) throw serviceNotFound(name);
    return this.withGit(service);
  }

  private async withGit(service: RegisteredService): Promise<RegisteredServiceView> {
    return { ...service, git: (await this.git?.link(service.name)) ?? null };
  }
}
