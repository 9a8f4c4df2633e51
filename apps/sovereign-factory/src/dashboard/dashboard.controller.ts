import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DashboardService, type DashboardResponse } from './dashboard.service';
import { Access, Caller, type Principal, type Role } from '@sf/platform';

/** `GET /dashboard/me`: who the credential is, so a client shows only the buttons its role allows. */
export interface WhoAmIResponse {
  name: string;
  kind: Principal['kind'];
  role: Role | null;
}

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

  @Get('me')
  @Access('viewer')
  @ApiOperation({ summary: "The caller's name and role (the web dashboard shows only what the role allows)" })
  me(@Caller() caller: Principal): WhoAmIResponse {
    return { name: caller.name, kind: caller.kind, role: caller.role };
  }
}
