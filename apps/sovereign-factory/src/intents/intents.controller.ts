import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  type ApiBodyOptions,
  ApiHeader,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { SUBMIT_INTENT_SCHEMA } from '@sf/contracts';
import { Access, Caller, RateLimitClass, withSpan, type Principal } from '@sf/platform';
import type { FastifyReply } from 'fastify';
import { DecisionDto, ListIntentsQuery } from './dto/intent-queries.dto';
import { IntentsService } from './intents.service';
import type { IntentListResponse, IntentStatusResponse, SubmitResponse } from './intent.responses';

/** The intents API (PRODUCT §4, sovereign-factory table). */
@ApiTags('intents')
@Controller('intents')
export class IntentsController {
  constructor(private readonly intents: IntentsService) {}

  @Post('submit')
  @Access('submitter')
  @RateLimitClass('submit')
  @HttpCode(202)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({
    schema: SUBMIT_INTENT_SCHEMA as unknown as Extract<ApiBodyOptions, { schema: unknown }>['schema'],
  })
  @ApiAcceptedResponse({ description: 'accepted and persisted; `links.stream` follows progress' })
  async submit(
    @Body() body: unknown,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubmitResponse> {
    // The root of the intent's trace when no HTTP span wraps it (tests); under the HTTP span otherwise.
    const response = await withSpan('intent.submit', {}, async (span) => {
      const accepted = await this.intents.submit(body, idempotencyKey);
      span.setAttribute('intent.id', accepted.intent_id);
      return accepted;
    });
    void reply.header('location', response.links.status);
    return response;
  }

  @Get()
  @Access('viewer')
  @ApiOkResponse({ description: 'newest first; filter by status and priority' })
  list(@Query() query: ListIntentsQuery): Promise<IntentListResponse> {
    return this.intents.list(query);
  }

  @Get(':id/status')
  @Access('viewer')
  status(@Param('id') id: string): Promise<IntentStatusResponse> {
    return this.intents.status(id);
  }

  @Get(':id/spec')
  @Access('viewer')
  @ApiProduces('text/markdown')
  async spec(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const markdown = await this.intents.spec(id);
    void reply.header('content-type', 'text/markdown; charset=utf-8');
    return markdown;
  }

  @Post(':id/approve')
  @Access('approver')
  @HttpCode(200)
  approve(
    @Param('id') id: string,
    @Body() body: DecisionDto = {},
    @Caller() caller: Principal,
  ): Promise<IntentStatusResponse> {
    return this.intents.approve(id, body ?? {}, caller.name);
  }

  @Post(':id/reject')
  @Access('approver')
  @HttpCode(200)
  reject(
    @Param('id') id: string,
    @Body() body: DecisionDto = {},
    @Caller() caller: Principal,
  ): Promise<IntentStatusResponse> {
    return this.intents.reject(id, body ?? {}, caller.name);
  }

  @Post(':id/cancel')
  @Access('submitter')
  @HttpCode(200)
  cancel(
    @Param('id') id: string,
    @Body() body: DecisionDto = {},
    @Caller() caller: Principal,
  ): Promise<IntentStatusResponse> {
    return this.intents.cancel(id, body ?? {}, caller.name);
  }
}
