import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '@kakehashi/server-platform';
import { RecordReadArgs } from './dto/record-read.args';
import { EditionReadReceipt } from './read.model';
import { ReadService } from './read.service';

@Resolver()
export class ReadResolver {
  constructor(private readonly reads: ReadService) {}

  @Mutation(() => EditionReadReceipt, { description: 'Sent by the client as I read (open, end or dwell): once per edition, cheap.' })
  recordEditionRead(@CurrentViewer() viewer: Viewer, @Args() args: RecordReadArgs): Promise<EditionReadReceipt> {
    return this.reads.record(viewer, args.editionId.toLowerCase(), args.progress, args.dwellSeconds);
  }
}
