import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, type AuditEntry, type AuditLog } from '@sf/platform';
import { AUDIT_LOG } from './audit.token';
import { AuditQueryDto } from './dto/audit-query.dto';

/** `GET /api/admin/audit`: the mutations both services answered, newest first, filtered. */
@ApiTags('admin')
@Controller('api/admin/audit')
export class AdminAuditController {
  constructor(@Inject(AUDIT_LOG) private readonly audit: AuditLog) {}

  @Get()
  @Access('admin')
  async list(@Query() q: AuditQueryDto): Promise<{ entries: AuditEntry[] }> {
    const entries = await this.audit.list({
      principal: q.principal,
      service: q.service,
      route: q.route,
      method: q.method,
      target: q.target,
      outcome: q.outcome,
      since: q.since === undefined ? undefined : Date.parse(q.since),
      until: q.until === undefined ? undefined : Date.parse(q.until),
      limit: q.limit,
    });
    return { entries };
  }
}
