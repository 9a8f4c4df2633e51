import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiTags } from '@nestjs/swagger';
import { AppError } from '@sf/contracts';
import { BuildCommandsService } from './build-commands.service';
import { BuildIntakeService } from './build-intake.service';
import { BuildQueriesService } from './build-queries.service';
import type { BuildStatsResponse, BuildStatusResponse, SubmitBuildResponse } from './build.responses';
import { BuildDecisionDto, SubmitBuildDto } from './dto/submit-build.dto';
import { Access, Caller, RateLimitClass, type Principal } from '@sf/platform';

/** The builds API (PRODUCT §4, build-executor table). */
@ApiTags('builds')
@Controller('builds')
export class BuildsController {
  constructor(
    private readonly intake: BuildIntakeService,
    private readonly queries: BuildQueriesService,
    private readonly commands: BuildCommandsService,
  ) {}

  @Post('submit')
  @RateLimitClass('submit')
  @Access('admin')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'accepted; follow `WS /builds/:id/stream`' })
  async submit(@Body() body: SubmitBuildDto): Promise<SubmitBuildResponse> {
    if ((body.spec === undefined) === (body.spec_path === undefined)) {
      throw new AppError('VALIDATION_FAILED', 'give exactly one of spec_path or spec', {
        fields: [{ field: 'spec_path', problems: ['exactly one of spec_path or spec is required'] }],
      });
    }
    const record = await this.intake.submit(body);
    return {
      build_id: record.build_id,
      status: record.status,
      links: { status: `/builds/${record.build_id}/status`, stream: `/builds/${record.build_id}/stream` },
    };
  }

  @Get()
  @Access('viewer')
  list(): Promise<BuildStatsResponse> {
    return this.queries.stats();
  }

  @Get(':id/status')
  @Access('viewer')
  status(@Param('id') id: string): Promise<BuildStatusResponse> {
    return this.queries.status(id);
  }

  @Post(':id/approve')
  @Access('approver')
  @HttpCode(200)
  approve(
    @Param('id') id: string,
    @Body() body: BuildDecisionDto = {},
    @Caller() caller: Principal,
  ): Promise<BuildStatusResponse> {
    return this.commands.approve(id, caller.name, body?.note ?? null);
  }

  @Post(':id/reject')
  @Access('approver')
  @HttpCode(200)
  reject(
    @Param('id') id: string,
    @Body() body: BuildDecisionDto = {},
    @Caller() caller: Principal,
  ): Promise<BuildStatusResponse> {
    return this.commands.reject(id, caller.name, body?.note ?? null);
  }

  @Post(':id/cancel')
  @Access('submitter')
  @HttpCode(200)
  cancel(
    @Param('id') id: string,
    @Body() body: BuildDecisionDto = {},
    @Caller() caller: Principal,
  ): Promise<BuildStatusResponse> {
    return this.commands.cancel(id, caller.name, body?.note ?? null);
  }

  @Post(':id/rollback')
  @Access('admin')
  @HttpCode(200)
  rollback(
    @Param('id') id: string,
    @Body() body: BuildDecisionDto = {},
    @Caller() caller: Principal,
  ): Promise<BuildStatusResponse> {
    return this.commands.rollback(id, caller.name, body?.note ?? null);
  }
}
