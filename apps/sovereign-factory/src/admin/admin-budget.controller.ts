import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AdminCostsService, type BudgetView } from './admin-costs.service';
import { UpdateBudgetDto } from './dto/admin-queries.dto';
import { Access } from '@sf/platform';

/** `GET /api/admin/budget` and `PUT /api/admin/budget`: read and change the LLM limits at runtime. */
@ApiTags('admin')
@Controller('api/admin/budget')
export class AdminBudgetController {
  constructor(private readonly costs: AdminCostsService) {}

  @Get()
  @Access('viewer')
  get(): Promise<BudgetView> {
    return this.costs.budget();
  }

  @Put()
  @Access('admin')
  update(@Body() body: UpdateBudgetDto): Promise<BudgetView> {
    return this.costs.updateLimits({ daily_usd: body?.daily_usd, per_intent_usd: body?.per_intent_usd });
  }
}
