import { ApiPropertyOptional } from '@nestjs/swagger';
import { INTENT_STATUSES, PRIORITIES, type IntentStatus, type Priority } from '@sf/contracts';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** No C0/C1 control characters except tab, newline and carriage return. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NO_CONTROL_CHARS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/;
const controlMessage = '$property must not contain control characters';

/** Optional body of approve / reject / cancel. */
export class DecisionDto {
  @ApiPropertyOptional({ type: String, maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @Matches(NO_CONTROL_CHARS, { message: controlMessage })
  note?: string;
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
