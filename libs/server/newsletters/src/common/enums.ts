import { registerEnumType } from '@nestjs/graphql';
import { EditionAudienceKind, EditionStatus, NewsletterCadence, ReactionKind, ReadProgress } from '@kakehashi/shared-contracts';

// Registered once, imported by the models that use them.
registerEnumType(NewsletterCadence, { name: 'NewsletterCadence' });
registerEnumType(EditionStatus, { name: 'EditionStatus', description: 'draft → scheduled → published → archived.' });
registerEnumType(EditionAudienceKind, { name: 'EditionAudienceKind' });
registerEnumType(ReactionKind, {
  name: 'ReactionKind',
  description: '👍 いいね, 🎉 おめでとう, 💡 参考になった, ❤️ 共感, 👀 気になる',
});
registerEnumType(ReadProgress, { name: 'ReadProgress', description: 'OPENED, or READ (to the end, or long enough).' });

export { EditionAudienceKind, EditionStatus, NewsletterCadence, ReactionKind, ReadProgress };
