import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AppError } from '@sf/contracts';
import { IsIn, IsString, Matches } from 'class-validator';
import { Access, Caller } from './access.decorator';
import type { ApiKeyRecord } from './api-key-store';
import { Authenticator } from './authenticator';
import { ROLES, type Principal, type Role } from './roles';

/** Body of `POST /api/admin/keys`. */
export class CreateApiKeyDto {
  @ApiProperty({ type: String, pattern: '^[A-Za-z0-9._@-]{1,64}$' })
  @IsString()
  @Matches(/^[A-Za-z0-9._@-]{1,64}$/, { message: 'name must be 1-64 of A-Za-z0-9._@-' })
  name!: string;

  @ApiProperty({ type: String, enum: ROLES })
  @IsIn(ROLES)
  role!: Role;
}

/** `/api/admin/keys`: create (the key is shown once), list and revoke API keys (admin). */
@ApiTags('auth')
@Controller('api/admin/keys')
export class ApiKeysController {
  constructor(private readonly auth: Authenticator) {}

  @Post()
  @HttpCode(201)
  @Access('admin')
  @ApiCreatedResponse({ description: 'the new key, in clear this once; only its sha256 is stored' })
  async create(
    @Body() body: CreateApiKeyDto,
    @Caller() caller: Principal,
  ): Promise<ApiKeyRecord & { key: string }> {
    return this.auth.keys.create(body.name, body.role, caller.name);
  }

  @Get()
  @Access('admin')
  async list(): Promise<{ keys: ApiKeyRecord[] }> {
    return { keys: await this.auth.keys.list() };
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('admin')
  async revoke(@Param('id') id: string): Promise<void> {
    if (!(await this.auth.keys.revoke(id))) throw new AppError('NOT_FOUND', `no API key ${id}`);
  }
}
