import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiTags } from '@nestjs/swagger';
import { AppError } from '@sf/contracts';
import { deployTargetOf } from '../deploy/deploy-target';
import { KubernetesTarget } from '../deploy/kubernetes/kubernetes-target';
import { BuildDecisionDto, SubmitBuildDto } from './dto/submit-build.dto';
import { BuildsService } from './builds.service';

/** The builds API (PRODUCT §4, build-executor table). */
@ApiTags('builds')
@Controller('builds')
export class BuildsController {
  constructor(
    private readonly builds: BuildsService,
    private readonly kubernetes: KubernetesTarget,
  ) {}

  @Post('submit')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'accepted; follow `WS /builds/:id/stream`' })
  async submit(
    @Body() body: SubmitBuildDto,
  ): Promise<{ build_id: string; status: string; links: Record<string, string> }> {
    if ((body.spec === undefined) === (body.spec_path === undefined)) {
      throw new AppError('VALIDATION_FAILED', 'give exactly one of spec_path or spec', {
        fields: [{ field: 'spec_path', problems: ['exactly one of spec_path or spec is required'] }],
      });
    }
    const flags = { deploy_local: body.deploy_local, deploy_production: body.deploy_production };
    const target = deployTargetOf(flags);
    if (!target) {
      throw new AppError(
        'DEPLOY_TARGET_UNAVAILABLE',
        'no deploy target: set deploy_local=true or deploy_production=true',
        flags,
      );
    }
    if (target === 'kubernetes') {
      // Refused now rather than after codegen and tests: without a cluster the build could only fail.
      const availability = this.kubernetes.availability();
      if (!availability.ok) {
        throw new AppError(
          'DEPLOY_TARGET_UNAVAILABLE',
          `deploy_production needs a Kubernetes cluster: ${availability.reason}`,
          { ...flags, target },
        );
      }
    }
    const record = await this.builds.submit(body);
    return {
      build_id: record.build_id,
      status: record.status,
      links: { status: `/builds/${record.build_id}/status`, stream: `/builds/${record.build_id}/stream` },
    };
  }

  @Get()
  list(): Promise<Record<string, unknown>> {
    return this.builds.stats();
  }

  @Get(':id/status')
  status(@Param('id') id: string): Promise<Record<string, unknown>> {
    return this.builds.status(id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  approve(@Param('id') id: string, @Body() body: BuildDecisionDto = {}): Promise<Record<string, unknown>> {
    return this.builds.approve(id, body?.by ?? 'anonymous', body?.note ?? null);
  }

  @Post(':id/reject')
  @HttpCode(200)
  reject(@Param('id') id: string, @Body() body: BuildDecisionDto = {}): Promise<Record<string, unknown>> {
    return this.builds.reject(id, body?.by ?? 'anonymous', body?.note ?? null);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@Param('id') id: string, @Body() body: BuildDecisionDto = {}): Promise<Record<string, unknown>> {
    return this.builds.cancel(id, body?.by ?? 'anonymous', body?.note ?? null);
  }

  @Post(':id/rollback')
  @HttpCode(200)
  rollback(@Param('id') id: string, @Body() body: BuildDecisionDto = {}): Promise<Record<string, unknown>> {
    return this.builds.rollback(id, body?.by ?? 'anonymous', body?.note ?? null);
  }
}
