import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DashboardService, type DashboardResponse } from './dashboard.service';

/** `GET /dashboard` (seed shape). */
@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  get(): Promise<DashboardResponse> {
    return this.dashboard.dashboard();
  }
}
