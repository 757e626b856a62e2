import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DirectoryImportErrorCode, DirectoryImportFile } from './import-errors';
import { DirectoryImportAction, DirectoryImportChangeKind } from './import-plan';

registerEnumType(DirectoryImportFile, { name: 'DirectoryImportFile', description: 'Which of the two import files.' });
registerEnumType(DirectoryImportChangeKind, { name: 'DirectoryImportChangeKind' });
registerEnumType(DirectoryImportAction, {
  name: 'DirectoryImportAction',
  description: 'CREATE a new row, UPDATE a stored one, or DEACTIVATE an active person (with any other changes of that row).',
});
registerEnumType(DirectoryImportErrorCode, {
  name: 'DirectoryImportErrorCode',
  description: 'What is wrong with a file or a row; stable, for the client to translate.',
});

/** Rows shown at most in `changes` and `errors`; the counts give the whole. */
export const DIRECTORY_IMPORT_LIST_MAX = 500;

@ObjectType({ description: 'One field of a row, before and after the import (null: empty).' })
export class DirectoryImportFieldChange {
  @Field({ description: 'The column, by its English name (e.g. manager_email).' })
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType({ description: 'What the import does to one department or person.' })
export class DirectoryImportChange {
  @Field(() => DirectoryImportChangeKind)
  kind!: DirectoryImportChangeKind;

  @Field(() => DirectoryImportAction)
  action!: DirectoryImportAction;

  @Field({ description: "The department's code or the person's email (lower-case)." })
  key!: string;

  @Field(() => Int, { description: 'The row in its file, as Excel numbers it (header = 1).' })
  line!: number;

  @Field(() => [DirectoryImportFieldChange], { description: 'For CREATE, every field given; otherwise the fields that change.' })
  fields!: DirectoryImportFieldChange[];
}

@ObjectType({ description: 'A problem with a file or a row; nothing is written while there is any.' })
export class DirectoryImportError {
  @Field(() => DirectoryImportFile)
  file!: DirectoryImportFile;

  @Field(() => Int, { nullable: true, description: 'The row as Excel numbers it (header = 1); null for the file as a whole.' })
  line!: number | null;

  @Field(() => String, { nullable: true, description: 'The column (English name, or the header as written when unknown).' })
  column!: string | null;

  @Field(() => DirectoryImportErrorCode)
  code!: DirectoryImportErrorCode;

  @Field({ description: 'The problem in plain English.' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'The offending value (for a cycle, the chain it forms).' })
  value!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The limit broken: length, number, rows or bytes; a column number for VALUE_WITHOUT_HEADER.',
  })
  limit!: number | null;

  @Field(() => Int, { nullable: true, description: 'For DUPLICATE_KEY, the row the key first appears on.' })
  firstLine!: number | null;
}

@ObjectType()
export class DirectoryImportSummary {
  @Field(() => Int)
  departmentsCreated!: number;

  @Field(() => Int)
  departmentsUpdated!: number;

  @Field(() => Int)
  departmentsUnchanged!: number;

  @Field(() => Int)
  peopleCreated!: number;

  @Field(() => Int)
  peopleUpdated!: number;

  @Field(() => Int)
  peopleDeactivated!: number;

  @Field(() => Int)
  peopleUnchanged!: number;
}

@ObjectType({ description: 'What an import did (or, in a dry run, would do).' })
export class DirectoryImportResult {
  @Field({
    description:
      'Whether the import went through (every change written, possibly none): false for a dry run and whenever there is an error.',
  })
  applied!: boolean;

  @Field()
  dryRun!: boolean;

  @Field(() => DirectoryImportSummary, { description: 'All zero while there are errors.' })
  summary!: DirectoryImportSummary;

  @Field(() => [DirectoryImportChange], {
    description: `The first ${DIRECTORY_IMPORT_LIST_MAX} changes, in file order (departments, then people).`,
  })
  changes!: DirectoryImportChange[];

  @Field(() => Int, { description: 'How many changes in all.' })
  changeCount!: number;

  @Field(() => [DirectoryImportError], { description: `The first ${DIRECTORY_IMPORT_LIST_MAX} errors, by file and line.` })
  errors!: DirectoryImportError[];

  @Field(() => Int, { description: 'How many errors in all.' })
  errorCount!: number;
}
