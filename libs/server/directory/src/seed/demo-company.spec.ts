import { Role } from '@kakehashi/shared-contracts';
import { type DemoCompany, generateDemoCompany, PERSONA_KEYS, type SeedPerson } from './demo-company';

const HIRAGANA_NAME = /^[\u3041-\u3096ー]+ [\u3041-\u3096ー]+$/;
const KATAKANA_NAME = /^[\u30a1-\u30faー]+ [\u30a1-\u30faー]+$/;
const EMAIL = /^[a-z0-9]+(\.[a-z0-9]+)*@kakehashi-demo\.example$/;

// Generated once and shared: the checks below only read.
const scale1 = generateDemoCompany();
const started = performance.now();
const scale100 = generateDemoCompany({ scale: 100 });
const scale100Ms = performance.now() - started;
const samples: ReadonlyArray<readonly [string, DemoCompany]> = [
  ['scale 0.1', generateDemoCompany({ scale: 0.1 })],
  ['scale 1', scale1],
  ['scale 2.5', generateDemoCompany({ scale: 2.5 })],
  ['scale 100', scale100],
];

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

function byKey(company: DemoCompany): Map<string, SeedPerson> {
  return new Map(company.people.map((person) => [person.key, person]));
}

describe('generateDemoCompany', () => {
  it('is deterministic for a scale', () => {
    expect(generateDemoCompany()).toEqual(scale1);
    expect(generateDemoCompany({ scale: 1 })).toEqual(scale1);
    expect(generateDemoCompany({ scale: 3 })).toEqual(generateDemoCompany({ scale: 3 }));
  });

  it('makes the ~150-person demo company at scale 1', () => {
    expect(scale1.people.length).toBeGreaterThanOrEqual(140);
    expect(scale1.people.length).toBeLessThanOrEqual(160);
    expect(scale1.departments.length).toBeGreaterThanOrEqual(12);
    expect(scale1.departments.length).toBeLessThanOrEqual(14);
    const names = scale1.departments.map((department) => department.nameJa);
    for (const expected of [
      '営業本部',
      '東日本営業部',
      '西日本営業部',
      'カスタマーサクセス部',
      'カスタマーサポート部',
      'プロダクト部',
      '開発部',
      'マーケティング部',
      '人事部',
      '経営企画部',
      '財務部',
      '情報システム部',
      '広報部',
    ]) {
      expect(names).toContain(expected);
    }
    const parentOf = new Map(scale1.departments.map((department) => [department.nameJa, department.parentKey]));
    expect(parentOf.get('東日本営業部')).toBe('sales-div');
    expect(parentOf.get('西日本営業部')).toBe('sales-div');
  });

  it('scales people linearly and departments slowly, and fast', () => {
    expect(scale100.people.length).toBeGreaterThanOrEqual(14_500);
    expect(scale100.people.length).toBeLessThanOrEqual(15_500);
    expect(scale100.departments.length).toBeGreaterThanOrEqual(35);
    expect(scale100.departments.length).toBeLessThanOrEqual(45);
    expect(scale100Ms).toBeLessThan(2000);
  });

  it('keeps department keys and the scale-1 departments stable as the company grows', () => {
    const large = new Map(scale100.departments.map((department) => [department.key, department]));
    for (const department of scale1.departments) expect(large.get(department.key)).toEqual(department);
  });

  it('rejects a scale that is not a positive number', () => {
    expect(() => generateDemoCompany({ scale: 0 })).toThrow(RangeError);
    expect(() => generateDemoCompany({ scale: -1 })).toThrow(RangeError);
    expect(() => generateDemoCompany({ scale: Number.NaN })).toThrow(RangeError);
  });

  describe.each(samples.map(([label, company]) => ({ label, company })))('$label', ({ company }) => {
    const departmentKeys = new Set(company.departments.map((department) => department.key));
    const people = byKey(company);

    it('has unique department keys and codes, codes of at most 20 characters', () => {
      expect(duplicates(company.departments.map((d) => d.key))).toEqual([]);
      expect(duplicates(company.departments.map((d) => d.code))).toEqual([]);
      for (const department of company.departments) {
        expect(department.code.length).toBeLessThanOrEqual(20);
        expect(department.nameJa).not.toBe('');
        expect(department.nameEn).not.toBe('');
      }
    });

    it('forms one department tree', () => {
      expect(company.departments.filter((d) => d.parentKey === null)).toHaveLength(1);
      const parentOf = new Map(company.departments.map((d) => [d.key, d.parentKey]));
      for (const department of company.departments) {
        if (department.parentKey !== null) expect(departmentKeys.has(department.parentKey)).toBe(true);
        // Walking up must reach the root within as many steps as there are departments.
        let key: string | null = department.key;
        let steps = 0;
        while (key !== null && steps <= company.departments.length) {
          key = parentOf.get(key) ?? null;
          steps++;
        }
        expect(key).toBeNull();
      }
      // Parents are listed before their children, so rows can be inserted in order.
      const seen = new Set<string>();
      for (const department of company.departments) {
        if (department.parentKey !== null) expect(seen.has(department.parentKey)).toBe(true);
        seen.add(department.key);
      }
    });

    it('has unique person keys and unique lower-case ascii emails', () => {
      expect(duplicates(company.people.map((p) => p.key))).toEqual([]);
      expect(duplicates(company.people.map((p) => p.email))).toEqual([]);
      expect(company.people.filter((p) => !EMAIL.test(p.email)).map((p) => p.email)).toEqual([]);
    });

    it('places everyone in an existing department under an existing manager', () => {
      expect(company.people.filter((p) => !departmentKeys.has(p.departmentKey)).map((p) => p.key)).toEqual([]);
      expect(company.people.filter((p) => p.managerKey !== null && !people.has(p.managerKey)).map((p) => p.key)).toEqual([]);
    });

    it('has exactly one person without a manager: the CEO at the root', () => {
      const roots = company.people.filter((p) => p.managerKey === null);
      expect(roots).toHaveLength(1);
      expect(roots[0].title).toBe('代表取締役社長');
      const rootDepartment = company.departments.find((d) => d.parentKey === null);
      expect(roots[0].departmentKey).toBe(rootDepartment?.key);
    });

    it('has no manager cycles', () => {
      // Memoized walk: a person is settled once their chain is known to reach the CEO.
      const settled = new Set<string>();
      const inCycle: string[] = [];
      for (const person of company.people) {
        const path = new Set<string>();
        let current: SeedPerson | undefined = person;
        while (current && !settled.has(current.key)) {
          if (path.has(current.key)) {
            inCycle.push(current.key);
            break;
          }
          path.add(current.key);
          current = current.managerKey === null ? undefined : people.get(current.managerKey);
        }
        for (const key of path) settled.add(key);
      }
      expect(inCycle).toEqual([]);
      expect(settled.size).toBe(company.people.length);
    });

    it('has one head per department, reporting to the head of the parent department', () => {
      const headOf = new Map<string, SeedPerson>();
      const secondHeads: string[] = [];
      for (const person of company.people) {
        const manager = person.managerKey === null ? undefined : people.get(person.managerKey);
        if (manager?.departmentKey === person.departmentKey) continue;
        if (headOf.has(person.departmentKey)) secondHeads.push(person.key);
        headOf.set(person.departmentKey, person);
      }
      expect(secondHeads).toEqual([]);
      for (const department of company.departments) {
        const head = headOf.get(department.key);
        expect(head).toBeDefined();
        const parentHead = department.parentKey === null ? undefined : headOf.get(department.parentKey);
        expect(head?.managerKey ?? null).toBe(parentHead?.key ?? null);
      }
      // Everyone else reports to their own department's head.
      const misplaced = company.people.filter(
        (p) => headOf.get(p.departmentKey) !== p && p.managerKey !== headOf.get(p.departmentKey)?.key,
      );
      expect(misplaced.map((p) => p.key)).toEqual([]);
    });

    it('has each persona exactly once, with the expected unit and role', () => {
      const expected = {
        employee: { departments: ['engineering', 'finance'], roles: [] },
        editor: { departments: ['pr', 'marketing'], roles: [Role.HUB_EDITOR] },
        sales: { departments: ['sales-east'], roles: [] },
        support: { departments: ['customer-support'], roles: [] },
        product: { departments: ['product'], roles: [Role.PRODUCT_TRIAGE] },
        executive: { departments: ['sales-div', 'hq'], roles: [Role.EXEC_VIEWER] },
        admin: { departments: ['it'], roles: [Role.HUB_ADMIN] },
      };
      for (const key of PERSONA_KEYS) {
        const matches = company.people.filter((p) => p.persona === key);
        expect(matches).toHaveLength(1);
        expect(expected[key].departments).toContain(matches[0].departmentKey);
        expect(matches[0].roles).toEqual(expected[key].roles);
      }
      expect(company.people.filter((p) => p.persona !== null)).toHaveLength(PERSONA_KEYS.length);
    });

    it('gives roles by the rules', () => {
      const productUnits = new Set(company.departments.filter((d) => d.key === 'product' || d.parentKey === 'product').map((d) => d.key));
      const itUnits = new Set(company.departments.filter((d) => d.key === 'it' || d.parentKey === 'it').map((d) => d.key));
      const holders = (role: Role): SeedPerson[] => company.people.filter((p) => p.roles.includes(role));

      const admins = holders(Role.HUB_ADMIN);
      expect(admins.length).toBeGreaterThanOrEqual(2);
      expect(admins.length).toBeLessThanOrEqual(3);
      for (const admin of admins) expect(itUnits.has(admin.departmentKey)).toBe(true);

      for (const triager of holders(Role.PRODUCT_TRIAGE)) expect(productUnits.has(triager.departmentKey)).toBe(true);
      expect(holders(Role.PRODUCT_TRIAGE).some((p) => p.title === 'プロダクトマネージャー')).toBe(true);

      for (const exec of holders(Role.EXEC_VIEWER)) expect(exec.title).toMatch(/^(代表取締役|取締役|執行役員)|本部長$/);

      // One or two newsletter editors in every department.
      for (const department of company.departments) {
        const editors = company.people.filter((p) => p.departmentKey === department.key && p.roles.includes(Role.HUB_EDITOR));
        expect(editors.length).toBeGreaterThanOrEqual(1);
        expect(editors.length).toBeLessThanOrEqual(2);
      }
      expect(company.people.filter((p) => new Set(p.roles).size !== p.roles.length).map((p) => p.key)).toEqual([]);
    });

    it('writes names in family-given order with hiragana readings', () => {
      const odd = company.people.filter(
        (p) =>
          !/^\S+ \S+$/.test(p.displayName) ||
          !HIRAGANA_NAME.test(p.displayNameKana) ||
          !/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(p.displayNameEn) ||
          !p.title ||
          !p.titleEn,
      );
      expect(odd).toEqual([]);
    });
  });

  it('mostly prefers Japanese; the few English speakers have katakana names', () => {
    for (const company of [scale1, scale100]) {
      const english = company.people.filter((p) => p.preferredLocale === 'en');
      const share = english.length / company.people.length;
      expect(share).toBeGreaterThan(0.01);
      expect(share).toBeLessThan(0.1);
      expect(english.filter((p) => !KATAKANA_NAME.test(p.displayName))).toEqual([]);
    }
  });

  it('keeps the CEO and personas identical at every scale', () => {
    const fixed = (company: DemoCompany): SeedPerson[] => company.people.filter((p) => p.persona !== null || p.managerKey === null);
    expect(fixed(scale100)).toEqual(fixed(scale1));
  });

  it('reads like a real directory at scale 1', () => {
    const ceo = scale1.people[0];
    expect(ceo).toMatchObject({
      displayName: '高橋 誠一郎',
      displayNameKana: 'たかはし せいいちろう',
      displayNameEn: 'Seiichiro Takahashi',
      title: '代表取締役社長',
    });
    const salesHead = scale1.people.find((p) => p.key === 'sales-east-head');
    expect(salesHead?.title).toBe('東日本営業部 部長');
    expect(salesHead?.titleEn).toBe('General Manager, East Japan Sales');
  });
});
