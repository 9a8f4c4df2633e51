import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  APPROVAL_MODES,
  INTENT_LIMITS as L,
  INTENT_STATUSES,
  type IntentStatus,
  KEBAB_CASE,
  PRIORITIES,
  SERVICE_TYPES,
  type ApprovalMode,
  type Priority,
  type ServiceType,
} from '@sf/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

/** No C0/C1 control characters except tab, newline and carriage return. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NO_CONTROL_CHARS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/;
/** Single-line text: no control characters at all. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SINGLE_LINE = /^[^\u0000-\u001F\u007F-\u009F]*$/;
const controlMessage = '$property must not contain control characters';

/** Body of `POST /intents/submit` (PRODUCT §4). Types are strict: no coercion from strings. */
export class SubmitIntentDto {
  @ApiProperty({ type: String, example: 'payment-processor', description: 'kebab-case, 3–63 characters' })
  @IsString()
  @Length(L.serviceNameMin, L.serviceNameMax)
  @Matches(KEBAB_CASE, { message: 'service_name must be kebab-case (e.g. payment-processor)' })
  service_name!: string;

  @ApiProperty({ type: String, enum: SERVICE_TYPES })
  @IsIn(SERVICE_TYPES)
  service_type!: ServiceType;

  @ApiPropertyOptional({ type: String, enum: PRIORITIES, default: 'medium' })
  @IsOptional()
  @IsIn(PRIORITIES)
  priority: Priority = 'medium';

  @ApiProperty({ type: String, maxLength: L.purposeMax, example: 'Process payments via Stripe' })
  @IsString()
  @MinLength(1)
  @MaxLength(L.purposeMax)
  @Matches(NO_CONTROL_CHARS, { message: controlMessage })
  purpose!: string;

  @ApiProperty({
    type: [String],
    minItems: 1,
    maxItems: L.featuresMax,
    example: ['Stripe integration', 'Refunds'],
  })
  @IsArray()
  @ArrayMinSize(L.featuresMin)
  @ArrayMaxSize(L.featuresMax)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(L.featureMax, { each: true })
  @Matches(SINGLE_LINE, { each: true, message: controlMessage })
  key_features!: string[];

  @ApiPropertyOptional({ type: [String], example: ['registry'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.dependenciesMax)
  @IsString({ each: true })
  @Length(1, L.dependencyMax, { each: true })
  @Matches(SINGLE_LINE, { each: true, message: controlMessage })
  dependencies: string[] = [];

  @ApiProperty({ type: Number, minimum: L.portMin, maximum: L.portMax, example: 8350 })
  @IsInt()
  @Min(L.portMin)
  @Max(L.portMax)
  port!: number;

  @ApiPropertyOptional({ type: Boolean, default: true })
  @IsOptional()
  @IsBoolean()
  auto_build = true;

  @ApiPropertyOptional({ type: String, enum: APPROVAL_MODES, default: 'auto' })
  @IsOptional()
  @IsIn(APPROVAL_MODES)
  approval_mode: ApprovalMode = 'auto';
}

/** Optional body of approve / reject / cancel. */
export class DecisionDto {
  @ApiPropertyOptional({ type: String, maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @Matches(NO_CONTROL_CHARS, { message: controlMessage })
  note?: string;

  @ApiPropertyOptional({
    type: String,
    maxLength: 100,
    description: 'who decides (until auth names the caller)',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(SINGLE_LINE, { message: controlMessage })
  by?: string;
}

/** Query of `GET /intents`. */
export class ListIntentsQuery {
  @ApiPropertyOptional({ type: String, enum: INTENT_STATUSES })
  @IsOptional()
  @IsIn(INTENT_STATUSES)
  status?: IntentStatus;

  @ApiPropertyOptional({ type: String, enum: PRIORITIES })
  @IsOptional()
  @IsIn(PRIORITIES)
  priority?: Priority;

  @ApiPropertyOptional({ type: String, default: '20', description: 'page size, 1-100' })
  @IsOptional()
  @Matches(/^\d{1,3}$/, { message: 'limit must be an integer 1-100' })
  limit?: string;

  @ApiPropertyOptional({ type: String, default: '0' })
  @IsOptional()
  @Matches(/^\d{1,9}$/, { message: 'offset must be a non-negative integer' })
  offset?: string;
}
