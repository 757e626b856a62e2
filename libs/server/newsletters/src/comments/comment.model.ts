import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@kakehashi/server-platform';

@ObjectType({ description: 'A comment on an edition, or a reply to one (one level of replies).' })
export class EditionComment {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The comment this replies to.' })
  parentId!: string | null;

  @Field(() => String, { nullable: true, description: 'Plain text; null when deleted or hidden.' })
  body!: string | null;

  @Field()
  deleted!: boolean;

  @Field()
  hidden!: boolean;

  @Field(() => String, { nullable: true, description: 'Why an editor hid it.' })
  hiddenReason!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  editedAt!: Date | null;

  @Field(() => Int, { description: 'Send it back with an edit to detect a concurrent one.' })
  version!: number;

  @Field(() => Int, { description: 'Replies (top-level comments only).' })
  replyCount!: number;

  editionId!: string;
  authorId!: string;
  mentionIds!: string[];
  replies!: EditionComment[];
}

@ObjectType()
export class EditionCommentEdge {
  @Field()
  cursor!: string;

  @Field(() => EditionComment)
  node!: EditionComment;
}

@ObjectType()
export class EditionCommentConnection {
  @Field(() => [EditionCommentEdge])
  edges!: EditionCommentEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

export interface CommentRow {
  id: string;
  edition_id: string;
  parent_id: string | null;
  author_id: string;
  body: string;
  mention_ids: string[];
  edited_at: Date | null;
  deleted_at: Date | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  created_at: Date;
  version: number;
}

export const COMMENT_COLUMNS =
  'c.id, c.edition_id, c.parent_id, c.author_id, c.body, c.mention_ids, c.edited_at, c.deleted_at, c.hidden_at, c.hidden_reason, c.created_at, c.version';

export function toComment(row: CommentRow): EditionComment {
  const deleted = row.deleted_at !== null;
  const hidden = row.hidden_at !== null;
  return {
    id: row.id,
    editionId: row.edition_id,
    parentId: row.parent_id,
    authorId: row.author_id,
    body: deleted || hidden ? null : row.body,
    mentionIds: deleted || hidden ? [] : row.mention_ids,
    deleted,
    hidden,
    hiddenReason: hidden ? row.hidden_reason : null,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    version: row.version,
    replyCount: 0,
    replies: [],
  };
}
