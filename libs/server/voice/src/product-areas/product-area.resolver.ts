import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@kakehashi/shared-contracts';
import { RequireRoles } from '@kakehashi/server-platform';
import { SaveProductAreaInput } from './dto/product-area.input';
import { ProductArea } from './product-area.model';
import { ProductAreaService } from './product-area.service';

@Resolver(() => ProductArea)
export class ProductAreaResolver {
  constructor(private readonly areas: ProductAreaService) {}

  @Query(() => [ProductArea], { description: 'Product areas in display order; inactive ones only when asked.' })
  async productAreas(@Args('includeInactive', { defaultValue: false }) includeInactive: boolean): Promise<ProductArea[]> {
    const areas = await this.areas.all();
    return includeInactive ? areas : areas.filter((area) => area.active);
  }

  @Mutation(() => ProductArea, { description: 'Adds or changes a product area (admins).' })
  @RequireRoles(Role.HUB_ADMIN)
  saveProductArea(@Args('input') input: SaveProductAreaInput): Promise<ProductArea> {
    return this.areas.save(input);
  }
}
