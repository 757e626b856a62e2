import { EditionAcknowledgementEntity } from './acknowledgements/edition-acknowledgement.entity';
import { EditionEngagementEntity } from './analytics/edition-engagement.entity';
import { EditionCommentEntity } from './comments/edition-comment.entity';
import { NewsletterPreferenceEntity } from './digest/newsletter-preference.entity';
import { EditionAudienceSnapshotEntity } from './editions/edition-audience-snapshot.entity';
import { EditionVersionEntity } from './editions/edition-version.entity';
import { EditionEntity } from './editions/edition.entity';
import { NewsletterFollowEntity } from './newsletters/newsletter-follow.entity';
import { NewsletterEntity } from './newsletters/newsletter.entity';
import { EditionReactionCountEntity } from './reactions/edition-reaction-count.entity';
import { EditionReactionEntity } from './reactions/edition-reaction.entity';
import { EditionReadEntity } from './reads/edition-read.entity';

export const NEWSLETTERS_ENTITIES = [
  NewsletterEntity,
  NewsletterFollowEntity,
  EditionEntity,
  EditionVersionEntity,
  EditionAudienceSnapshotEntity,
  EditionReactionEntity,
  EditionReactionCountEntity,
  EditionReadEntity,
  EditionCommentEntity,
  EditionAcknowledgementEntity,
  EditionEngagementEntity,
  NewsletterPreferenceEntity,
];
