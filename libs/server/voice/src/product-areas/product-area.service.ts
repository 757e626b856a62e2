import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BadUserInputError, CachedValue, firstRow, NotFoundError } from '@kakehashi/server-platform';
import type { SaveProductAreaInput } from './dto/product-area.input';
import type { ProductArea } from './product-area.model';

/** Product areas change a few times a year: every replica reads them at most once a minute. */
const CACHE_MS = 60_000;

interface ProductAreaRow {
  id: string;
  key: string;
  name_ja: string;
  name_en: string;
  active: boolean;
  sort_order: number;
}

const toProductArea = (row: ProductAreaRow): ProductArea => ({
  id: row.id,
  key: row.key,
  nameJa: row.name_ja,
  nameEn: row.name_en,
  active: row.active,
  sortOrder: row.sort_order,
});

@Injectable()
export class ProductAreaService {
  private readonly cache: CachedValue<ProductArea[]>;

  constructor(private readonly dataSource: DataSource) {
    this.cache = new CachedValue(CACHE_MS, async () =>
      (
        await this.dataSource.query<ProductAreaRow[]>(
          'SELECT id, key, name_ja, name_en, active, sort_order FROM product_areas ORDER BY sort_order, key',
        )
      ).map(toProductArea),
    );
  }

  /** Every area, inactive ones too, in display order. */
  all(): Promise<ProductArea[]> {
    return this.cache.get();
  }

  async byId(id: string | null): Promise<ProductArea | null> {
    if (!id) return null;
    return (await this.all()).find((area) => area.id === id.toLowerCase()) ?? null;
  }

  /** An area a new ticket may be filed against: known and active. */
  async assertFileable(id: string, field = 'productAreaId'): Promise<ProductArea> {
    const area = await this.byId(id);
    if (!area) throw BadUserInputError.field(field, 'is not a product area');
    if (!area.active) throw BadUserInputError.field(field, 'is a product area no longer in use');
    return area;
  }

  async save(input: SaveProductAreaInput): Promise<ProductArea> {
    const values = [input.key, input.nameJa.trim(), input.nameEn.trim(), input.active, input.sortOrder];
    try {
      const result: unknown = input.id
        ? await this.dataSource.query(
            `UPDATE product_areas SET key = $1, name_ja = $2, name_en = $3, active = $4, sort_order = $5, updated_at = now()
             WHERE id = $6 RETURNING id, key, name_ja, name_en, active, sort_order`,
            [...values, input.id],
          )
        : await this.dataSource.query(
            `INSERT INTO product_areas (key, name_ja, name_en, active, sort_order) VALUES ($1, $2, $3, $4, $5)
             RETURNING id, key, name_ja, name_en, active, sort_order`,
            values,
          );
      const row = firstRow<ProductAreaRow>(result);
      if (!row) throw new NotFoundError('Product area', input.id);
      return toProductArea(row);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw BadUserInputError.field('key', 'is already used by another product area');
      throw error;
    } finally {
      this.cache.invalidate();
    }
  }
}
