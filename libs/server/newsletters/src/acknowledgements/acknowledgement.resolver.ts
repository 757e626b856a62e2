import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  assertId,
  CurrentViewer,
  type GraphQLContext,
  type Person,
  PERSON_DIRECTORY,
  type PersonDirectoryPort,
  type Viewer,
} from '@kakehashi/server-platform';
import { NewsletterAccess } from '../common/newsletter-access';
import { Edition } from '../editions/edition.model';
import { AcknowledgementConnection, MustReadReminderResult } from './acknowledgement.model';
import { AcknowledgementService } from './acknowledgement.service';
import { EditionAcknowledgementsArgs } from './dto/acknowledgements.args';

@Resolver()
export class AcknowledgementResolver {
  constructor(
    private readonly acknowledgements: AcknowledgementService,
    private readonly access: NewsletterAccess,
    @Inject(PERSON_DIRECTORY) private readonly directory: PersonDirectoryPort,
  ) {}

  @Mutation(() => Edition, { description: 'I acknowledge this must-read (again changes nothing).' })
  acknowledgeEdition(@CurrentViewer() viewer: Viewer, @Args('editionId', { type: () => ID }) editionId: string): Promise<Edition> {
    return this.acknowledgements.acknowledge(viewer, assertId(editionId, 'editionId'));
  }

  @Query(() => AcknowledgementConnection, { description: 'Who has or has not acknowledged a must-read (editors of its newsletter).' })
  async editionAcknowledgements(
    @CurrentViewer() viewer: Viewer,
    @Args() args: EditionAcknowledgementsArgs,
    @Context() context: GraphQLContext,
  ): Promise<AcknowledgementConnection> {
    const page = await this.acknowledgements.list(viewer, args);
    const [people, departments] = await Promise.all([
      Promise.all(page.rows.map((row) => this.directory.loadPerson(context, row.personId))),
      this.access.departments(),
    ]);
    const edges = page.rows.flatMap((row, index) => {
      const node: Person | null = people[index] ?? null;
      if (!node) return [];
      const department = departments.find((candidate) => candidate.id === row.departmentId) ?? null;
      return [{ cursor: row.cursor, node, department, acknowledgedAt: row.acknowledgedAt }];
    });
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.rows.at(-1)?.cursor ?? null }, totalCount: page.totalCount };
  }

  @Mutation(() => MustReadReminderResult, {
    description: 'Reminds those who have not acknowledged (at most once per 24 hours per edition).',
  })
  sendMustReadReminder(
    @CurrentViewer() viewer: Viewer,
    @Args('editionId', { type: () => ID }) editionId: string,
  ): Promise<MustReadReminderResult> {
    return this.acknowledgements.remind(viewer, assertId(editionId, 'editionId'));
  }
}
