import { boardFiltersOf, boardSearch } from './paths';

const TEAM = '3f1c2b9a-8d4e-4f6a-9b2c-1d2e3f4a5b6c';
const DEPARTMENT = '0b7f2c1d-1111-4222-8333-444455556666';

describe('board filters in the address', () => {
  it('reads and writes the period, department and team', () => {
    const filters = boardFiltersOf(new URLSearchParams(`fy=2026&q=3&department=${DEPARTMENT}&team=${TEAM}`));
    expect(filters).toEqual({ fiscalYear: 2026, quarter: 3, departmentId: DEPARTMENT, teamId: TEAM });
    expect(boardSearch(filters)).toBe(`?fy=2026&q=3&department=${DEPARTMENT}&team=${TEAM}`);
  });

  it('leaves out what is not set, and a team that is not an id', () => {
    expect(boardFiltersOf(new URLSearchParams('team=churn'))).toEqual({
      fiscalYear: null,
      quarter: null,
      departmentId: null,
      teamId: null,
    });
    expect(boardSearch({ fiscalYear: null, quarter: null, departmentId: null, teamId: TEAM })).toBe(`?team=${TEAM}`);
    expect(boardSearch({ fiscalYear: null, quarter: null, departmentId: null, teamId: null })).toBe('');
  });
});
