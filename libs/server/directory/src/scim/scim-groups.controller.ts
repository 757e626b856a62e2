import { Body, Delete, Get, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { listResponse } from './scim-discovery';
import { ScimGroupService } from './scim-group.service';
import { ScimController } from './scim-http';
import { readListParameters } from './scim-query';
import { sendScim } from './scim-response';

/** /scim/v2/Groups: thin; the rules are in ScimGroupService. */
@ScimController()
export class ScimGroupsController {
  constructor(private readonly groups: ScimGroupService) {}

  @Get('Groups')
  async list(@Query() query: Record<string, unknown>, @Res() response: Response): Promise<void> {
    const page = await this.groups.list(readListParameters(query));
    sendScim(response, 200, listResponse(page.resources, page.totalResults, page.startIndex));
  }

  @Get('Groups/:id')
  async get(@Param('id') id: string, @Query() query: Record<string, unknown>, @Res() response: Response): Promise<void> {
    const { attributes, excludedAttributes } = readListParameters(query);
    sendScim(response, 200, await this.groups.get(id, attributes, excludedAttributes));
  }

  @Post('Groups')
  async create(@Body() body: unknown, @Res() response: Response): Promise<void> {
    const { resource } = await this.groups.create(body);
    sendScim(response, 201, resource, { Location: String((resource['meta'] as { location: string }).location) });
  }

  @Put('Groups/:id')
  async replace(@Param('id') id: string, @Body() body: unknown, @Res() response: Response): Promise<void> {
    sendScim(response, 200, await this.groups.replace(id, body));
  }

  /** 204 No Content, as Entra expects of a group PATCH (no member list sent back). */
  @Patch('Groups/:id')
  async patch(@Param('id') id: string, @Body() body: unknown, @Res() response: Response): Promise<void> {
    await this.groups.patch(id, body);
    sendScim(response, 204);
  }

  @Delete('Groups/:id')
  async delete(@Param('id') id: string, @Res() response: Response): Promise<void> {
    await this.groups.delete(id);
    sendScim(response, 204);
  }
}
