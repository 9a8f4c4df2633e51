import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, Matches, Max, Min, ValidateIf } from 'class-validator';

/** Largest amount an operator may set as a limit, in USD (the cost layer's own ceiling). */
const MAX_LIMIT_USD = 1_000_000;

/** `?day=YYYY-MM-DD` (a UTC day; default today). */
export class DayQuery {
  @ApiPropertyOptional({ type: String, example: '2025-03-10', description: 'UTC day; default today' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'day must be a UTC day written YYYY-MM-DD' })
  day?: string;
}

/** `?days=` of `GET /api/admin/costs/trend`. */
export class TrendQuery {
  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 90, default: 7 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'days must be an integer 1-90' })
  @Min(1, { message: 'days must be an integer 1-90' })
  @Max(90, { message: 'days must be an integer 1-90' })
  days?: number;
}

/** `?days=&limit=` of `GET /api/admin/costs/top-intents`. */
export class TopIntentsQuery extends TrendQuery {
  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 100, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be an integer 1-100' })
  @Min(1, { message: 'limit must be an integer 1-100' })
  @Max(100, { message: 'limit must be an integer 1-100' })
  limit?: number;
}

/** Body of `PUT /api/admin/budget`: the limits to change (at least one). */
export class UpdateBudgetDto {
  @ApiPropertyOptional({ type: Number, minimum: 0, maximum: MAX_LIMIT_USD })
  // Absent leaves the limit as it is; null is no limit to set, so it is refused like any non-number.
  @ValidateIf((o: UpdateBudgetDto) => o.daily_usd !== undefined)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_LIMIT_USD)
  daily_usd?: number;

  @ApiPropertyOptional({ type: Number, minimum: 0, maximum: MAX_LIMIT_USD })
  @ValidateIf((o: UpdateBudgetDto) => o.per_intent_usd !== undefined)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_LIMIT_USD)
  per_intent_usd?: number;
}
