import { Module } from '@nestjs/common';
import { AdminAuditController } from './admin-audit.controller';
import { AdminBudgetController } from './admin-budget.controller';
import { AdminCostsController } from './admin-costs.controller';
import { AdminCostsService } from './admin-costs.service';

/**
 * The admin cost, budget and audit API. Its `COST_SERVICES` comes from the (global) app module, which builds them
 * on the shared Redis connection.
 */
@Module({
  controllers: [AdminCostsController, AdminBudgetController, AdminAuditController],
  providers: [AdminCostsService],
})
export class AdminModule {}
