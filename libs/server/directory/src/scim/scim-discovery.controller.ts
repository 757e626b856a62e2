import { Get, Inject, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@kakehashi/server-platform';
import { listResponse, resourceTypes, schemaResources, serviceProviderConfig } from './scim-discovery';
import { ScimError } from './scim-error';
import { ScimController } from './scim-http';
import { sendScim } from './scim-response';

/** GET /scim/v2/ServiceProviderConfig, /Schemas[/:id], /ResourceTypes[/:id]. */
@ScimController()
export class ScimDiscoveryController {
  private readonly baseUrl: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.baseUrl = `${config.publicUrl}/scim/v2`;
  }

  @Get('ServiceProviderConfig')
  serviceProviderConfig(@Res() response: Response): void {
    sendScim(response, 200, serviceProviderConfig(this.baseUrl));
  }

  @Get('Schemas')
  schemas(@Res() response: Response): void {
    sendScim(response, 200, listResponse(schemaResources(this.baseUrl)));
  }

  @Get('Schemas/:id')
  schema(@Param('id') id: string, @Res() response: Response): void {
    const found = schemaResources(this.baseUrl).find((schema) => String(schema['id']).toLowerCase() === id.toLowerCase());
    if (!found) throw new ScimError(404, `Schema ${id} not found.`);
    sendScim(response, 200, found);
  }

  @Get('ResourceTypes')
  resourceTypes(@Res() response: Response): void {
    sendScim(response, 200, listResponse(resourceTypes(this.baseUrl)));
  }

  @Get('ResourceTypes/:id')
  resourceType(@Param('id') id: string, @Res() response: Response): void {
    const found = resourceTypes(this.baseUrl).find((type) => String(type['id']).toLowerCase() === id.toLowerCase());
    if (!found) throw new ScimError(404, `ResourceType ${id} not found.`);
    sendScim(response, 200, found);
  }
}
