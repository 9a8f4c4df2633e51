import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { REGISTRY_SERVICE_STATUSES, type RegistryServiceStatus } from '../registry.types';

/** Query of `GET /registry/services`. */
export class ListServicesQuery {
  @ApiPropertyOptional({ enum: REGISTRY_SERVICE_STATUSES })
  @IsOptional()
  @IsIn(REGISTRY_SERVICE_STATUSES)
  status?: RegistryServiceStatus;
}
