import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DashboardService, type DashboardResponse } from './dashboard.service';
import { Access } from '@sf/platform';

/** `GET /dashboard` (seed shape). */
@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @Access('viewer')
  get(): Promise<DashboardResponse> {
    return this.dashboard.dashboard();
  }
}
