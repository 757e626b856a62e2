import { ScimError } from './scim-error';
import { type FilterExpression, parseAttributePath, parseFilter, tokenizeFilter } from './scim-filter';
import { groupFilterSql, SqlParameters, userFilterSql } from './scim-query';

function refusal(run: () => unknown): ScimError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error('expected a ScimError');
}

const path = (attribute: string, extra: Partial<{ urn: string; subAttribute: string; valueFilter: FilterExpression }> = {}) => ({
  urn: null,
  subAttribute: null,
  valueFilter: null,
  attribute,
  ...extra,
});

describe('tokenizeFilter', () => {
  it('splits words, quoted strings and brackets, keeping JSON escapes', () => {
    const tokens = tokenizeFilter('emails[type eq "work"].value eq "a\\"b\\\\c"');
    expect(tokens.map((token) => (token.type === 'word' ? token.text : token.type === 'string' ? `"${token.value}"` : token.type))).toEqual(
      ['emails', '[', 'type', 'eq', '"work"', ']', '.value', 'eq', '"a"b\\c"'],
    );
  });

  it('keeps spaces and Japanese inside quotes', () => {
    const tokens = tokenizeFilter('displayName eq "山田　太郎 (営業部)"');
    expect(tokens[2]).toMatchObject({ type: 'string', value: '山田　太郎 (営業部)' });
  });

  it('refuses an unterminated quote, naming where it starts', () => {
    const error = refusal(() => tokenizeFilter('userName eq "taro'));
    expect(error).toMatchObject({ status: 400, scimType: 'invalidFilter' });
    expect(error.detail).toMatch(/position 13 is never closed \(unbalanced quotes\)/);
  });

  it('refuses an escaped quote that leaves the string open', () => {
    expect(refusal(() => tokenizeFilter('userName eq "taro\\"')).detail).toMatch(/unbalanced quotes/);
  });
});

describe('parseFilter', () => {
  it('parses Entra’s userName query', () => {
    expect(parseFilter('userName eq "Test_User_00aa00aa-bb11-cc22-dd33-44ee44ee44ee"')).toEqual({
      kind: 'eq',
      path: path('userName'),
      value: 'Test_User_00aa00aa-bb11-cc22-dd33-44ee44ee44ee',
    });
  });

  it('reads attribute names and operators in any case', () => {
    expect(parseFilter('USERNAME EQ "a" AND externalid Eq "b"')).toEqual({
      kind: 'and',
      left: { kind: 'eq', path: path('USERNAME'), value: 'a' },
      right: { kind: 'eq', path: path('externalid'), value: 'b' },
    });
  });

  it('parses a value filter with a sub-attribute, as Entra queries work addresses', () => {
    expect(parseFilter('emails[type eq "work"].value eq "taro@example.com"')).toEqual({
      kind: 'eq',
      path: path('emails', { subAttribute: 'value', valueFilter: { kind: 'eq', path: path('type'), value: 'work' } }),
      value: 'taro@example.com',
    });
  });

  it('parses the RFC form of a value filter', () => {
    expect(parseFilter('emails[type eq "work" and value eq "a@b.c"]')).toMatchObject({ kind: 'has', path: { attribute: 'emails' } });
  });

  it('parses schema-qualified paths, pr, parentheses and non-string values', () => {
    expect(parseFilter('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq "m"')).toEqual({
      kind: 'eq',
      path: path('manager', { urn: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', subAttribute: 'value' }),
      value: 'm',
    });
    expect(parseFilter('(externalId pr) and active eq true and x eq 12.5 and y eq null')).toMatchObject({
      kind: 'and',
      left: { kind: 'and', left: { kind: 'and', left: { kind: 'present' }, right: { value: true } }, right: { value: 12.5 } },
      right: { value: null },
    });
  });

  it('keeps Japanese values and escaped quotes as sent', () => {
    expect(parseFilter('displayName eq "営業 \\"太郎\\""')).toMatchObject({ value: '営業 "太郎"' });
  });

  it.each([
    ['', /empty/],
    ['userName eq', /a value is missing after userName eq/],
    ['userName', /userName must be followed by an operator/],
    ['userName co "x"', /the operator "co" is not supported/],
    ['userName sw "x"', /the operator "sw" is not supported/],
    ['userName eq "a" or userName eq "b"', /"or" is not supported/],
    ['not (userName eq "a")', /"not" is not supported/],
    ['userName eq taro', /must be quoted/],
    ['userName eq "a" "b"', /unexpected the quoted value "b"/],
    ['userName eq "a" and', /"and" at position 17 has nothing after it/],
    ['(userName eq "a"', /parenthesis at position 1 is never closed/],
    ['emails[type eq "work".value eq "x"', /bracket at position 7 is never closed|unexpected/],
    ['"x" eq userName', /expected an attribute name/],
    ['eq "x"', /expected an attribute name but found the operator "eq"/],
    ['user-name! eq "x"', /not a valid attribute name/],
    ['a.b.c eq "x"', /too many parts/],
    ['userName xx "x"', /"xx" after userName is not an operator/],
  ])('refuses %j with invalidFilter naming the problem', (filter, problem) => {
    const error = refusal(() => parseFilter(filter));
    expect(error).toMatchObject({ status: 400, scimType: 'invalidFilter' });
    expect(error.detail).toMatch(problem);
  });
});

describe('parseAttributePath', () => {
  it('parses PATCH paths', () => {
    expect(parseAttributePath('name.givenName')).toEqual(path('name', { subAttribute: 'givenName' }));
    expect(parseAttributePath('members[value eq "7f4bc1a3-285e-48ae-8202-5accb43efb0e"]')).toMatchObject({
      attribute: 'members',
      valueFilter: { kind: 'eq', value: '7f4bc1a3-285e-48ae-8202-5accb43efb0e' },
    });
    expect(parseAttributePath('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department')).toEqual(
      path('department', { urn: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User' }),
    );
  });

  it('refuses a malformed path with invalidPath', () => {
    expect(refusal(() => parseAttributePath('emails[type eq "work"'))).toMatchObject({ status: 400, scimType: 'invalidPath' });
    expect(refusal(() => parseAttributePath('title eq "x"'))).toMatchObject({ scimType: 'invalidPath' });
  });
});

describe('filters as SQL', () => {
  it('matches userName case-insensitively, or the address of a person without one', () => {
    const parameters = new SqlParameters();
    expect(userFilterSql('userName eq "Taro@Example.com"', parameters)).toBe(
      '(lower(p.scim_user_name) = lower($1) OR (p.scim_user_name IS NULL AND p.email = lower($1)))',
    );
    expect(parameters.values).toEqual(['Taro@Example.com']);
  });

  it('joins conditions with and, each on an indexed column', () => {
    const parameters = new SqlParameters();
    expect(userFilterSql('externalId eq "e" and emails[type eq "work"].value eq "A@B.C" and displayName eq "太郎"', parameters)).toBe(
      '((p.scim_external_id = $1 AND (true AND p.email = lower($2))) AND lower(p.display_name) = lower($3))',
    );
  });

  it('answers an id that is not a UUID with no match, not an error', () => {
    expect(userFilterSql('id eq "not-a-uuid"', new SqlParameters())).toBe('false');
    expect(userFilterSql('emails[type eq "home"].value eq "a@b.c"', new SqlParameters())).toBe('(false AND p.email = lower($1))');
  });

  it('reads Entra’s manager check', () => {
    const id = '00aa00aa-bb11-cc22-dd33-44ee44ee44ee';
    expect(userFilterSql(`id eq "${id}" and manager eq "${id}"`, new SqlParameters())).toBe(
      '(p.id = $1::uuid AND p.manager_id = $2::uuid)',
    );
  });

  it.each([
    ['foo eq "x"', /"foo" is not an attribute of User/],
    ['title eq "x"', /filtering Users on "title" is not supported/],
    ['userName eq 12', /needs a quoted string/],
  ])('refuses %j', (filter, problem) => {
    const error = refusal(() => userFilterSql(filter, new SqlParameters()));
    expect(error).toMatchObject({ status: 400, scimType: 'invalidFilter' });
    expect(error.detail).toMatch(problem);
  });

  it('filters groups by name, externalId and member', () => {
    const parameters = new SqlParameters();
    expect(groupFilterSql('displayName eq "営業部" and members[value eq "00aa00aa-bb11-cc22-dd33-44ee44ee44ee"]', parameters)).toBe(
      '(lower(g.display_name) = lower($1) AND EXISTS (SELECT 1 FROM scim_group_members m WHERE m.group_id = g.id AND m.person_id = $2::uuid))',
    );
  });
});
