import { ScimError } from './scim-error';
import { applyPatch, readPatchOperations } from './scim-patch';
import { GROUP_RESOURCE, type ScimObject, USER_RESOURCE } from './scim-schema';
import { ENTERPRISE_USER_SCHEMA } from './scim.constants';

const ENTERPRISE = ENTERPRISE_USER_SCHEMA;

function user(): ScimObject {
  return {
    userName: 'taro@example.com',
    displayName: '山田 太郎',
    name: { formatted: 'Taro Yamada', givenName: 'Taro', familyName: 'Yamada' },
    active: true,
    emails: [{ value: 'taro@example.com', type: 'work', primary: true }],
    title: '営業',
  };
}

/** Applies a PatchOp body as Entra sends it. */
function patch(resource: ScimObject, operations: unknown[]): { resource: ScimObject; ignored: string[] } {
  return applyPatch(
    USER_RESOURCE,
    resource,
    readPatchOperations({ schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: operations }),
  );
}

function refusal(run: () => unknown): ScimError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error('expected a ScimError');
}

describe('readPatchOperations', () => {
  it('reads op in any case and the key Operations in any case', () => {
    expect(readPatchOperations({ operations: [{ Op: 'Replace', Path: 'title', Value: 'x' }] })).toEqual([
      { op: 'replace', path: 'title', value: 'x' },
    ]);
  });

  it.each([
    [null, /must be a PatchOp JSON object/],
    [{ Operations: [] }, /non-empty array/],
    [{ Operations: [{ op: 'move', path: 'title' }] }, /op must be add, replace or remove \(got "move"\)/],
    [{ Operations: ['x'] }, /Operations\[0\] must be an object/],
  ])('refuses %j', (body, problem) => {
    const error = refusal(() => readPatchOperations(body));
    expect(error).toMatchObject({ status: 400, scimType: 'invalidSyntax' });
    expect(error.detail).toMatch(problem);
  });
});

describe('applyPatch on a User', () => {
  it('deactivates with "Replace" and the string "False" (Entra without aadOptscim062020)', () => {
    expect(patch(user(), [{ op: 'Replace', path: 'active', value: 'False' }]).resource['active']).toBe(false);
    expect(patch({ ...user(), active: false }, [{ op: 'replace', path: 'active', value: 'True' }]).resource['active']).toBe(true);
    expect(patch(user(), [{ op: 'replace', path: 'active', value: false }]).resource['active']).toBe(false);
  });

  it('refuses a value that is not a boolean for active', () => {
    expect(refusal(() => patch(user(), [{ op: 'Replace', path: 'active', value: 'maybe' }]))).toMatchObject({
      scimType: 'invalidValue',
      detail: expect.stringMatching(/active must be true or false/),
    });
  });

  it('replaces the work address and a name part (Update User [Multi-valued properties])', () => {
    const { resource } = patch(user(), [
      { op: 'Replace', path: 'emails[type eq "work"].value', value: 'updatedEmail@microsoft.com' },
      { op: 'Replace', path: 'name.familyName', value: 'updatedFamilyName' },
    ]);
    expect(resource['emails']).toEqual([{ value: 'updatedEmail@microsoft.com', type: 'work', primary: true }]);
    expect(resource['name']).toEqual({ formatted: 'Taro Yamada', givenName: 'Taro', familyName: 'updatedFamilyName' });
  });

  it('adds a work address when there is none ("Add" with a value-filter path)', () => {
    const { resource } = patch({ userName: 'u' }, [{ op: 'Add', path: 'emails[type eq "work"].value', value: 'new@example.com' }]);
    expect(resource['emails']).toEqual([{ type: 'work', value: 'new@example.com' }]);
  });

  it('applies a path-less object value whose keys are paths (Entra with aadOptscim062020)', () => {
    const { resource, ignored } = patch(user(), [
      {
        op: 'replace',
        value: {
          displayName: 'Bjfe',
          'name.givenName': 'Kkom',
          'name.familyName': 'Unua',
          [`${ENTERPRISE}:employeeNumber`]: 'Aklq',
          [`${ENTERPRISE}:department`]: '営業部',
        },
      },
    ]);
    expect(resource).toMatchObject({
      displayName: 'Bjfe',
      name: { givenName: 'Kkom', familyName: 'Unua' },
      [ENTERPRISE]: { department: '営業部' },
    });
    expect(ignored).toEqual([`${ENTERPRISE}:employeeNumber`]);
  });

  it('applies a path-less value holding the extension as an object, and attribute names in any case', () => {
    const { resource } = patch(user(), [
      { op: 'Add', value: { TITLE: '部長', [ENTERPRISE]: { Manager: { value: 'm-1' }, Department: 'Sales' } } },
    ]);
    expect(resource).toMatchObject({ title: '部長', [ENTERPRISE]: { manager: { value: 'm-1' }, department: 'Sales' } });
  });

  it('sets the manager from a plain string, from Entra’s array form and from the bare "manager" path', () => {
    expect(patch(user(), [{ op: 'Add', path: `${ENTERPRISE}:manager`, value: 'boss-id' }]).resource[ENTERPRISE]).toEqual({
      manager: { value: 'boss-id' },
    });
    const arrayForm = patch(user(), [{ op: 'Add', path: 'manager', value: [{ $ref: 'http://x/scim/Users/boss', value: 'boss' }] }]);
    expect(arrayForm.resource[ENTERPRISE]).toEqual({ manager: { value: 'boss', $ref: 'http://x/scim/Users/boss' } });
  });

  it('removes attributes, sub-attributes and filtered values', () => {
    const withManager = { ...user(), [ENTERPRISE]: { manager: { value: 'm' }, department: 'D' } };
    const { resource } = patch(withManager, [
      { op: 'Remove', path: 'title' },
      { op: 'Remove', path: 'name.givenName' },
      { op: 'Remove', path: `${ENTERPRISE}:manager` },
      { op: 'remove', path: 'emails[type eq "work"]' },
    ]);
    expect(resource['title']).toBeUndefined();
    expect(resource['name']).toEqual({ formatted: 'Taro Yamada', familyName: 'Yamada' });
    expect(resource[ENTERPRISE]).toEqual({ department: 'D' });
    expect(resource['emails']).toEqual([]);
  });

  it('clears an attribute replaced with null', () => {
    expect(patch(user(), [{ op: 'Replace', path: 'title', value: null }]).resource['title']).toBeUndefined();
  });

  it('ignores what it does not keep instead of failing', () => {
    const { resource, ignored } = patch(user(), [
      { op: 'Add', path: 'nickName', value: 'Babs' },
      { op: 'Replace', path: 'phoneNumbers[type eq "mobile"].value', value: '090' },
      { op: 'Replace', path: 'id', value: 'other' },
      { op: 'Add', path: 'urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User:tag', value: 'x' },
    ]);
    expect(resource).toEqual(user());
    expect(ignored).toHaveLength(4);
  });

  it('replaces a whole multi-valued attribute, and adds to it by value', () => {
    const replaced = patch(user(), [{ op: 'replace', path: 'emails', value: [{ value: 'b@example.com', type: 'work', primary: 'True' }] }]);
    expect(replaced.resource['emails']).toEqual([{ value: 'b@example.com', type: 'work', primary: true }]);
    const added = patch(user(), [{ op: 'add', path: 'emails', value: [{ value: 'home@example.com', type: 'home' }] }]);
    expect(added.resource['emails']).toHaveLength(2);
  });

  it('does not change the resource it was given', () => {
    const original = user();
    patch(original, [{ op: 'Replace', path: 'displayName', value: 'x' }]);
    expect(original).toEqual(user());
  });

  it('refuses a remove without a path, and a path-less add whose value is not an object', () => {
    expect(refusal(() => patch(user(), [{ op: 'Remove' }]))).toMatchObject({ scimType: 'noTarget' });
    expect(refusal(() => patch(user(), [{ op: 'Add', value: 'x' }]))).toMatchObject({ scimType: 'invalidValue' });
    expect(refusal(() => patch(user(), [{ op: 'Replace', path: 'title', value: { a: 1 } }]))).toMatchObject({ scimType: 'invalidValue' });
  });
});

describe('applyPatch on a Group', () => {
  it('replaces displayName and externalId, as Entra renames a group', () => {
    const { resource } = applyPatch(GROUP_RESOURCE, { displayName: 'a' }, [
      { op: 'replace', path: 'displayName', value: '1879db59updatedDisplayName' },
      { op: 'replace', path: null, value: { externalId: 'x-1' } },
    ]);
    expect(resource).toEqual({ displayName: '1879db59updatedDisplayName', externalId: 'x-1' });
  });

  it('removes members by value, in Entra’s older form', () => {
    const group = { displayName: 'g', members: [{ value: 'u1' }, { value: 'u2' }] };
    const { resource } = applyPatch(GROUP_RESOURCE, group, [{ op: 'remove', path: 'members', value: [{ value: 'U1' }] }]);
    expect(resource['members']).toEqual([{ value: 'u2' }]);
  });
});
