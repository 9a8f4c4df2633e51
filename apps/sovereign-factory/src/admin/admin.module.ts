import { Module } from '@nestjs/common';
import { AdminBudgetController } from './admin-budget.controller';
import { AdminCostsController } from './admin-costs.controller';
import { AdminCostsService } from './admin-costs.service';

/**
 * The admin cost and budget API. Its `COST_SERVICES` comes from the (global) app module, which builds them
 * on the shared Redis connection.
 */
@Module({
  controllers: [AdminCostsController, AdminBudgetController],
  providers: [AdminCostsService],
})
export class AdminModule {}
