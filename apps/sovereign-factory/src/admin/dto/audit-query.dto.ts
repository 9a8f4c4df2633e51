import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';

/** Query of `GET /api/admin/audit`: every filter optional, combined with AND. */
export class AuditQueryDto {
  @ApiPropertyOptional({ description: 'principal name (an API key name, a JWT subject, `anonymous`)' })
  @IsOptional()
  @MaxLength(200)
  principal?: string;

  @ApiPropertyOptional({ enum: ['sovereign-factory', 'build-executor'] })
  @IsOptional()
  @IsIn(['sovereign-factory', 'build-executor'])
  service?: string;

  @ApiPropertyOptional({ description: 'route pattern or path, e.g. `/api/admin/budget`' })
  @IsOptional()
  @Matches(/^\/[\w\-/:.{}]{0,300}$/, { message: 'route must be a path such as /api/admin/budget' })
  route?: string;

  @ApiPropertyOptional({ enum: ['POST', 'PUT', 'PATCH', 'DELETE'] })
  @IsOptional()
  @IsIn(['POST', 'PUT', 'PATCH', 'DELETE', 'post', 'put', 'patch', 'delete'])
  method?: string;

  @ApiPropertyOptional({ description: 'the record acted on (intent id, build id, service name)' })
  @IsOptional()
  @MaxLength(200)
  target?: string;

  @ApiPropertyOptional({ enum: ['ok', 'refused', 'failed'] })
  @IsOptional()
  @IsIn(['ok', 'refused', 'failed'])
  outcome?: 'ok' | 'refused' | 'failed';

  @ApiPropertyOptional({ description: 'ISO time: entries at or after it' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'since must be an ISO 8601 time' })
  since?: string;

  @ApiPropertyOptional({ description: 'ISO time: entries before it' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'until must be an ISO 8601 time' })
  until?: string;

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 1000, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be an integer 1-1000' })
  @Min(1, { message: 'limit must be an integer 1-1000' })
  @Max(1000, { message: 'limit must be an integer 1-1000' })
  limit?: number;
}
