import { Body, Delete, Get, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { listResponse } from './scim-discovery';
import { ScimController } from './scim-http';
import { readListParameters } from './scim-query';
import { sendScim } from './scim-response';
import { ScimUserService } from './scim-user.service';

/** /scim/v2/Users: thin; the rules are in ScimUserService. */
@ScimController()
export class ScimUsersController {
  constructor(private readonly users: ScimUserService) {}

  @Get('Users')
  async list(@Query() query: Record<string, unknown>, @Res() response: Response): Promise<void> {
    const page = await this.users.list(readListParameters(query));
    sendScim(response, 200, listResponse(page.resources, page.totalResults, page.startIndex));
  }

  @Get('Users/:id')
  async get(@Param('id') id: string, @Query() query: Record<string, unknown>, @Res() response: Response): Promise<void> {
    const { attributes, excludedAttributes } = readListParameters(query);
    const resource = await this.users.get(id, attributes, excludedAttributes);
    sendScim(response, 200, resource);
  }

  @Post('Users')
  async create(@Body() body: unknown, @Res() response: Response): Promise<void> {
    const { resource } = await this.users.create(body);
    sendScim(response, 201, resource, { Location: String((resource['meta'] as { location: string }).location) });
  }

  @Put('Users/:id')
  async replace(@Param('id') id: string, @Body() body: unknown, @Res() response: Response): Promise<void> {
    const resource = await this.users.replace(id, body);
    sendScim(response, 200, resource);
  }

  @Patch('Users/:id')
  async patch(@Param('id') id: string, @Body() body: unknown, @Res() response: Response): Promise<void> {
    const resource = await this.users.patch(id, body);
    sendScim(response, 200, resource);
  }

  @Delete('Users/:id')
  async delete(@Param('id') id: string, @Res() response: Response): Promise<void> {
    await this.users.delete(id);
    sendScim(response, 204);
  }
}
