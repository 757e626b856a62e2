import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { byKeys, type GraphQLContext, loaderKey } from '@kakehashi/server-platform';

export interface StorySections {
  id: string;
  challengeHtml: string;
  solutionHtml: string;
  resultHtml: string;
}

const SECTIONS = loaderKey<string, StorySections | null>('stories.sections');

/** Per request: the rich-text sections of stories read for a list, in one statement for all of them. */
@Injectable()
export class StoryLoaders {
  constructor(private readonly dataSource: DataSource) {}

  async sections(context: GraphQLContext, id: string): Promise<StorySections> {
    const sections = await context.loaders.get(SECTIONS, () => new DataLoader((ids: readonly string[]) => this.load(ids))).load(id);
    return sections ?? { id, challengeHtml: '', solutionHtml: '', resultHtml: '' };
  }

  private async load(ids: readonly string[]): Promise<(StorySections | null)[]> {
    const rows = await this.dataSource.query<{ id: string; challenge_html: string; solution_html: string; result_html: string }[]>(
      'SELECT id, challenge_html, solution_html, result_html FROM stories WHERE id = ANY($1::uuid[])',
      [ids],
    );
    const sections = rows.map((row) => ({
      id: row.id,
      challengeHtml: row.challenge_html,
      solutionHtml: row.solution_html,
      resultHtml: row.result_html,
    }));
    return byKeys(ids, sections, (section) => section.id);
  }
}
