import { Locale, Role } from '@kakehashi/shared-contracts';
import type { Department, Viewer } from '@kakehashi/server-platform';
import { ancestorsOrSelf, canEditNewsletter, followedByDefault, isAddressed } from './department-tree';

const department = (id: string, parentId: string | null): Department => ({ id, code: id, nameJa: id, nameEn: id, parentId, sortOrder: 0 });
const TREE = [department('sales', null), department('east', 'sales'), department('west', 'sales'), department('hr', null)];
const viewer = (roles: Role[], departmentId: string | null): Viewer => ({
  personId: 'p',
  sessionId: 's',
  roles,
  preferredLocale: Locale.ja,
  departmentId,
});

describe('department tree rules', () => {
  it('walks up to the root', () => {
    expect(ancestorsOrSelf(TREE, 'east')).toEqual(['east', 'sales']);
    expect(ancestorsOrSelf(TREE, null)).toEqual([]);
  });

  it('lets editors of the department or one above it edit, and admins everywhere', () => {
    expect(canEditNewsletter(viewer([Role.HUB_EDITOR], 'east'), 'east', TREE)).toBe(true);
    expect(canEditNewsletter(viewer([Role.HUB_EDITOR], 'sales'), 'east', TREE)).toBe(true);
    expect(canEditNewsletter(viewer([Role.HUB_EDITOR], 'east'), 'sales', TREE)).toBe(false);
    expect(canEditNewsletter(viewer([Role.HUB_EDITOR], 'west'), 'east', TREE)).toBe(false);
    expect(canEditNewsletter(viewer([], 'east'), 'east', TREE)).toBe(false);
    expect(canEditNewsletter(viewer([Role.HUB_ADMIN], 'hr'), 'east', TREE)).toBe(true);
  });

  it('follows company-wide newsletters and those of my department and above by default', () => {
    expect(followedByDefault({ companyWide: true, departmentId: 'hr' }, ['east', 'sales'])).toBe(true);
    expect(followedByDefault({ companyWide: false, departmentId: 'sales' }, ['east', 'sales'])).toBe(true);
    expect(followedByDefault({ companyWide: false, departmentId: 'west' }, ['east', 'sales'])).toBe(false);
  });

  it('addresses the whole company or the expanded departments', () => {
    expect(isAddressed({ audienceKind: 'COMPANY', audienceExpandedIds: [] }, null)).toBe(true);
    expect(isAddressed({ audienceKind: 'DEPARTMENTS', audienceExpandedIds: ['sales', 'east'] }, 'east')).toBe(true);
    expect(isAddressed({ audienceKind: 'DEPARTMENTS', audienceExpandedIds: ['sales', 'east'] }, 'west')).toBe(false);
    expect(isAddressed({ audienceKind: 'DEPARTMENTS', audienceExpandedIds: ['sales'] }, null)).toBe(false);
  });
});
