import { PLATFORM_ENTITIES } from '@kakehashi/server-platform';
import { startTestApp, type TestApp } from '@kakehashi/server-platform/testing';
import { DirectoryModule } from '../directory.module';
import { DIRECTORY_ENTITIES } from '../entities';
import { DepartmentService } from './department.service';
import { createDepartment, createPerson } from '../testing/factories';

interface DepartmentNode {
  id: string;
  code: string;
  nameJa: string;
  memberCount: number;
  children: DepartmentNode[];
}

const TREE = /* GraphQL */ `
  query Tree {
    departments {
      id
      code
      nameJa
      memberCount
      children {
        id
        code
        nameJa
        memberCount
        children {
          id
          code
          nameJa
          memberCount
          children {
            id
          }
        }
      }
    }
  }
`;

describe('departments through /graphql', () => {
  let api: TestApp;
  let cookie: string;
  let salesId: string;
  let eastId: string;

  beforeAll(async () => {
    api = await startTestApp({ imports: [DirectoryModule], entities: [...PLATFORM_ENTITIES, ...DIRECTORY_ENTITIES] });
    const ds = api.dataSource;
    // Created, and coded, out of display order: sort_order decides, not insertion or code.
    const sales = await createDepartment(ds, { code: 'SALES', nameJa: '営業本部', nameEn: 'Sales Division', sortOrder: 10 });
    await createDepartment(ds, { code: 'ADMIN', nameJa: '管理本部', nameEn: 'Administration', sortOrder: 20 });
    const west = await createDepartment(ds, {
      code: 'SALES-W',
      nameJa: '西日本営業部',
      nameEn: 'Sales West',
      parentId: sales.id,
      sortOrder: 21,
    });
    const east = await createDepartment(ds, {
      code: 'SALES-E',
      nameJa: '東日本営業部',
      nameEn: 'Sales East',
      parentId: sales.id,
      sortOrder: 22,
    });
    await createDepartment(ds, { code: 'SALES-E-1', nameJa: '第一営業課', nameEn: 'Sales East 1', parentId: east.id, sortOrder: 23 });
    salesId = sales.id;
    eastId = east.id;

    // 営業本部 itself: 2 active (and 1 deactivated); 東日本営業部: 3 active; 西日本営業部: none active.
    const head = await createPerson(ds, { displayName: '山本 浩二', departmentId: sales.id });
    await createPerson(ds, { departmentId: sales.id });
    await createPerson(ds, { departmentId: sales.id, active: false });
    for (let i = 0; i < 3; i += 1) await createPerson(ds, { departmentId: east.id });
    await createPerson(ds, { departmentId: west.id, active: false });
    cookie = await api.signIn(head.id);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('needs a session', async () => {
    const result = await api.graphql(TREE);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists the roots with their children nested, in display order', async () => {
    const result = await api.graphql<{ departments: DepartmentNode[] }>(TREE, {}, { cookie });
    expect(result.errors).toBeUndefined();
    const outline = (nodes: DepartmentNode[]): unknown[] =>
      nodes.map((node) => [node.nameJa, ...(node.children?.length ? [outline(node.children)] : [])]);
    expect(outline(result.data!.departments)).toEqual([['営業本部', [['西日本営業部'], ['東日本営業部', [['第一営業課']]]]], ['管理本部']]);
  });

  it('counts only the active people of the department itself', async () => {
    const result = await api.graphql<{ departments: DepartmentNode[] }>(TREE, {}, { cookie });
    const sales = result.data!.departments.find((node) => node.code === 'SALES')!;
    expect(sales.memberCount).toBe(2);
    expect(sales.children.map((child) => [child.code, child.memberCount])).toEqual([
      ['SALES-W', 0],
      ['SALES-E', 3],
    ]);
    expect(result.data!.departments.find((node) => node.code === 'ADMIN')!.memberCount).toBe(0);
  });

  it('shows one department with its parent and children', async () => {
    const result = await api.graphql<{
      department: {
        nameJa: string;
        nameEn: string;
        memberCount: number;
        parent: { id: string; nameJa: string; parent: null };
        children: { code: string }[];
      };
    }>(
      'query($id: ID!) { department(id: $id) { nameJa nameEn memberCount parent { id nameJa parent { id } } children { code } } }',
      { id: eastId.toUpperCase() },
      { cookie },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.department).toEqual({
      nameJa: '東日本営業部',
      nameEn: 'Sales East',
      memberCount: 3,
      parent: { id: salesId, nameJa: '営業本部', parent: null },
      children: [{ code: 'SALES-E-1' }],
    });
  });

  it('answers null for an unknown id and names a malformed one', async () => {
    const unknown = await api.graphql<{ department: null }>(
      '{ department(id: "00000000-0000-4000-8000-000000000000") { id } }',
      {},
      { cookie },
    );
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ department: null });

    const malformed = await api.graphql('{ department(id: "sales") { id } }', {}, { cookie });
    expect(malformed.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', message: 'is not a valid id' }] });
  });

  it('reads a tree of 30 departments with member counts in a bounded number of statements', async () => {
    const ds = api.dataSource;
    for (let root = 0; root < 3; root += 1) {
      const division = await createDepartment(ds, { code: `DIV${root}`, sortOrder: 100 + root });
      for (let unit = 0; unit < 3; unit += 1) {
        const department = await createDepartment(ds, {
          code: `DIV${root}-${unit}`,
          parentId: division.id,
          sortOrder: 200 + root * 10 + unit,
        });
        await createPerson(ds, { departmentId: department.id });
        for (let section = 0; section < 2; section += 1) {
          const leaf = await createDepartment(ds, {
            code: `DIV${root}-${unit}-${section}`,
            parentId: department.id,
            sortOrder: 400 + root * 10 + unit * 2 + section,
          });
          await createPerson(ds, { departmentId: leaf.id });
        }
      }
    }
    await api.graphql('{ me { id } }', {}, { cookie }); // the session is resolved once, then cached
    // The factories write around the service, as another replica would: departments are
    // cached for 30 s, so say what a writer in this process says.
    api.app.get(DepartmentService).invalidate();

    const result = await api.graphql<{ departments: DepartmentNode[] }>(TREE, {}, { cookie });
    expect(result.errors).toBeUndefined();
    const all = (nodes: DepartmentNode[]): DepartmentNode[] => nodes.flatMap((node) => [node, ...all(node.children ?? [])]);
    expect(all(result.data!.departments)).toHaveLength(35);
    expect(
      all(result.data!.departments)
        .filter((node) => node.code.startsWith('DIV'))
        .every((node) => node.memberCount === (node.code.split('-').length > 1 ? 1 : 0)),
    ).toBe(true);
    // One query for every department, and member counts grouped, not one per department.
    expect(result.statements).toBeLessThanOrEqual(3);
    // …and then none at all while the department cache is fresh.
    const again = await api.graphql<{ departments: DepartmentNode[] }>(TREE, {}, { cookie });
    expect(all(again.data!.departments)).toHaveLength(35);
    expect(again.statements).toBe(0);
  });
});
