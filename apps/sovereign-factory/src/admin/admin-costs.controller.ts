import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminCostsService, type CostProjection } from './admin-costs.service';
import { DayQuery, TopIntentsQuery, TrendQuery } from './dto/admin-queries.dto';
import { Access } from '@sf/platform';

/** `GET /api/admin/costs/…`: LLM spend from the shared ledger (PRODUCT §8). */
@ApiTags('admin')
@Controller('api/admin/costs')
export class AdminCostsController {
  constructor(private readonly costs: AdminCostsService) {}

  @Get('today')
  @Access('viewer')
  @ApiOkResponse({ description: "today's (UTC) totals and budget" })
  today(): ReturnType<AdminCostsService['today']> {
    return this.costs.today();
  }

  @Get('by-role')
  @Access('viewer')
  byRole(@Query() query: DayQuery): ReturnType<AdminCostsService['byRole']> {
    return this.costs.byRole(query.day);
  }

  @Get('by-model')
  @Access('viewer')
  @ApiOkResponse({
    description: "one UTC day's totals by provider and model (default today), most expensive first",
  })
  byModel(@Query() query: DayQuery): ReturnType<AdminCostsService['byModel']> {
    return this.costs.byModel(query.day);
  }

  @Get('by-intent')
  @Access('viewer')
  byIntent(@Query() query: DayQuery): ReturnType<AdminCostsService['byIntent']> {
    return this.costs.byIntent(query.day);
  }

  @Get('trend')
  @Access('viewer')
  @ApiOkResponse({ description: 'totals of each of the last `days` UTC days, oldest first' })
  trend(@Query() query: TrendQuery): ReturnType<AdminCostsService['trend']> {
    return this.costs.trend(query.days);
  }

  @Get('top-intents')
  @Access('viewer')
  topIntents(@Query() query: TopIntentsQuery): ReturnType<AdminCostsService['topIntents']> {
    return this.costs.topIntents(query.days, query.limit);
  }

  @Get('alerts')
  @Access('viewer')
  @ApiOkResponse({ description: 'budget alerts raised (50/80/100/120 % of the daily budget), newest first' })
  alerts(): ReturnType<AdminCostsService['alerts']> {
    return this.costs.alerts();
  }

  @Get('projection')
  @Access('viewer')
  @ApiOkResponse({ description: "today's spend extrapolated to the end of the UTC day and to 30 days" })
  projection(): Promise<CostProjection> {
    return this.costs.projection();
  }
}
