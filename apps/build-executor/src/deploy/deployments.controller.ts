import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppError } from '@sf/contracts';
import type { Deployment } from './deployment.types';
import { LocalSupervisor } from './local/local-supervisor';
import { Access } from '@sf/platform';

/** Running generated services and their releases (PRODUCT §4, build-executor table). */
@ApiTags('deployments')
@Controller('deployments')
export class DeploymentsController {
  constructor(private readonly supervisor: LocalSupervisor) {}

  @Get()
  @Access('viewer')
  @ApiOkResponse({ description: '`{deployments: [...]}` sorted by name, stopped ones included' })
  async list(): Promise<{ deployments: Deployment[] }> {
    return { deployments: await this.supervisor.list() };
  }

  @Get(':name')
  @Access('viewer')
  async get(@Param('name') name: string): Promise<Deployment> {
    const deployment = await this.supervisor.get(name);
    if (!deployment) throw new AppError('DEPLOYMENT_NOT_FOUND', `no deployment named '${name}'`, { name });
    return deployment;
  }

  @Post(':name/stop')
  @Access('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop the service (its whole process group); it stays listed as stopped' })
  stop(@Param('name') name: string): Promise<Deployment> {
    return this.supervisor.stop(name);
  }
}
