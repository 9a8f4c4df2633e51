import { Controller, Get, HttpCode, Optional, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppError } from '@sf/contracts';
import type { Deployment } from './deployment.types';
import { LocalSupervisor } from './local/local-supervisor';
import { Access } from '@sf/platform';
import { ReleaseGit } from '../release-git/release-git.service';
import type { ServiceGitLink } from '../release-git/release-git.types';

/** A deployment with where its releases are in git (docs/git.md); `git` is null when none were committed. */
export type DeploymentView = Deployment & { git: ServiceGitLink | null };

/** Running generated services and their releases (PRODUCT §4, build-executor table). */
@ApiTags('deployments')
@Controller('deployments')
export class DeploymentsController {
  constructor(
    private readonly supervisor: LocalSupervisor,
    @Optional() private readonly git?: ReleaseGit,
  ) {}

  @Get()
  @Access('viewer')
  @ApiOkResponse({ description: '`{deployments: [...]}` sorted by name, stopped ones included' })
  async list(): Promise<{ deployments: DeploymentView[] }> {
    const deployments = await this.supervisor.list();
    return { deployments: await Promise.all(deployments.map((d) => this.withGit(d))) };
  }

  @Get(':name')
  @Access('viewer')
  async get(@Param('name') name: string): Promise<DeploymentView> {
    const deployment = await this.supervisor.get(name);
    if (!deployment) throw new AppError('DEPLOYMENT_NOT_FOUND', `no deployment named '${name}'`, { name });
    return this.withGit(deployment);
  }

  private async withGit(deployment: Deployment): Promise<DeploymentView> {
    return { ...deployment, git: (await this.git?.link(deployment.name)) ?? null };
  }

  @Post(':name/stop')
  @Access('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop the service (its whole process group); it stays listed as stopped' })
  stop(@Param('name') name: string): Promise<Deployment> {
    return this.supervisor.stop(name);
  }
}
