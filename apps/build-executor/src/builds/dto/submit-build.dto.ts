import { ApiPropertyOptional } from '@nestjs/swagger';
import { APPROVAL_MODES, type ApprovalMode } from '@sf/contracts';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

// eslint-disable-next-line no-control-regex -- rejecting control characters is the point
const SINGLE_LINE = /^[^\u0000-\u001F\u007F-\u009F]*$/;

/** Body of `POST /builds/submit`: exactly one of `spec_path` (inside SPECS_DIR) or `spec` (markdown). */
export class SubmitBuildDto {
  @ApiPropertyOptional({
    type: String,
    description: 'path of a SPEC.md inside SPECS_DIR (relative or absolute)',
  })
  @IsOptional()
  @IsString()
  @Length(1, 1024)
  @Matches(SINGLE_LINE, { message: 'spec_path must not contain control characters' })
  spec_path?: string;

  @ApiPropertyOptional({ type: String, description: 'SPEC.md content with its spec-contract block' })
  @IsOptional()
  @IsString()
  @Length(1, 512 * 1024)
  spec?: string;

  @ApiPropertyOptional({ type: String, enum: APPROVAL_MODES, default: 'auto' })
  @IsOptional()
  @IsIn(APPROVAL_MODES)
  approval_mode: ApprovalMode = 'auto';

  @ApiPropertyOptional({ type: Boolean, default: true })
  @IsOptional()
  @IsBoolean()
  deploy_local = true;

  @ApiPropertyOptional({ type: Boolean, default: false })
  @IsOptional()
  @IsBoolean()
  deploy_production = false;

  @ApiPropertyOptional({ type: String })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'intent_id must be an id' })
  intent_id?: string;
}

/** Optional body of approve / reject / cancel / rollback. */
export class BuildDecisionDto {
  @ApiPropertyOptional({ type: String, maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}
