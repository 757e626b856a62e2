import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@kakehashi/server-platform';
import { NewsletterCadence } from '../common/enums';

@ObjectType({ description: "A department's newsletter (部門ニュースレター)." })
export class Newsletter {
  @Field(() => ID)
  id!: string;

  @Field()
  nameJa!: string;

  @Field()
  nameEn!: string;

  @Field()
  descriptionJa!: string;

  @Field()
  descriptionEn!: string;

  @Field(() => NewsletterCadence)
  cadence!: NewsletterCadence;

  @Field({ description: 'Followed by everyone by default (the company-wide 社内報).' })
  companyWide!: boolean;

  @Field(() => Int, { description: 'Send it back with an update to detect a concurrent edit.' })
  version!: number;

  @Field()
  createdAt!: Date;

  departmentId!: string;
  /** The viewer's explicit choice, when the row was read with it (null: the default applies). */
  viewerFollowing!: boolean | null | undefined;
}

@ObjectType()
export class NewsletterEdge {
  @Field()
  cursor!: string;

  @Field(() => Newsletter)
  node!: Newsletter;
}

@ObjectType()
export class NewsletterConnection {
  @Field(() => [NewsletterEdge])
  edges!: NewsletterEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

export interface NewsletterRow {
  id: string;
  department_id: string;
  name_ja: string;
  name_en: string;
  description_ja: string;
  description_en: string;
  cadence: string;
  company_wide: boolean;
  version: number;
  created_at: Date;
  following?: boolean | null;
}

export const NEWSLETTER_COLUMNS =
  'n.id, n.department_id, n.name_ja, n.name_en, n.description_ja, n.description_en, n.cadence, n.company_wide, n.version, n.created_at';

export function toNewsletter(row: NewsletterRow): Newsletter {
  return {
    id: row.id,
    departmentId: row.department_id,
    nameJa: row.name_ja,
    nameEn: row.name_en,
    descriptionJa: row.description_ja,
    descriptionEn: row.description_en,
    cadence: row.cadence as NewsletterCadence,
    companyWide: row.company_wide,
    version: row.version,
    createdAt: row.created_at,
    viewerFollowing: row.following,
  };
}
