import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString } from 'class-validator';

/**
 * The two CSV files as text (the browser decodes UTF-8 or Shift_JIS). Sizes and rows are
 * checked by the import itself, so that an oversized file is reported like any other problem.
 */
@InputType()
export class ImportDirectoryInput {
  @Field(() => String, { nullable: true, description: 'departments.csv: code,name_ja,name_en,parent_code,sort_order (header required).' })
  @IsOptional()
  @IsString()
  departmentsCsv?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'people.csv: email,display_name,display_name_en,display_name_kana,title,title_en,department_code,manager_email,preferred_locale,active (header required).',
  })
  @IsOptional()
  @IsString()
  peopleCsv?: string | null;

  @Field({ description: 'true: check and list the changes, write nothing. false: write them, all or nothing.' })
  @IsBoolean()
  dryRun!: boolean;
}
