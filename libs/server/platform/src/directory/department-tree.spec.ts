import type { Department } from './department.model';
import { ancestorsOrSelf, departmentsByIds, descendantsOrSelf } from './department-tree';

const department = (id: string, parentId: string | null): Department => ({ id, code: id, nameJa: id, nameEn: id, parentId, sortOrder: 0 });
const TREE = [department('sales', null), department('east', 'sales'), department('tokyo', 'east'), department('hr', null)];

describe('department tree', () => {
  it('walks up from a department and down from several', () => {
    expect(ancestorsOrSelf(TREE, 'tokyo')).toEqual(['tokyo', 'east', 'sales']);
    expect(ancestorsOrSelf(TREE, 'nowhere')).toEqual([]);
    expect(descendantsOrSelf(TREE, ['east', 'hr']).sort()).toEqual(['east', 'hr', 'tokyo']);
  });

  it('picks departments by id in the list order, each once, unknown ids left out', () => {
    expect(departmentsByIds(TREE, ['hr', 'sales', 'gone', 'hr']).map((found) => found.id)).toEqual(['sales', 'hr']);
    expect(departmentsByIds(TREE, [])).toEqual([]);
  });

  it('indexes each list on its own (a reloaded list is read afresh)', () => {
    expect(ancestorsOrSelf(TREE, 'tokyo')).toHaveLength(3);
    const moved = [department('sales', null), department('east', null), department('tokyo', 'east')];
    expect(ancestorsOrSelf(moved, 'tokyo')).toEqual(['tokyo', 'east']);
  });
});
