import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Option } from '@fluentui/react-components';
import type { Locale } from '@kakehashi/shared-contracts';
import { graphql } from '../gql';
import { departmentName } from '../i18n/names';

/** The department tree, four levels deep, for pickers and filters of every domain. */
export const DepartmentOptionsQuery = graphql(`
  query DepartmentOptions {
    departments {
      id
      nameJa
      nameEn
      children {
        id
        nameJa
        nameEn
        children {
          id
          nameJa
          nameEn
          children {
            id
            nameJa
            nameEn
          }
        }
      }
    }
  }
`);

export interface DepartmentOption {
  id: string;
  nameJa: string;
  nameEn: string;
  depth: number;
}

interface DepartmentTreeNode {
  id: string;
  nameJa: string;
  nameEn: string;
  children?: DepartmentTreeNode[];
}

/** The department tree depth-first (parents first), with each one's depth for indenting. */
export function departmentOptions(data: { departments?: readonly unknown[] | null } | undefined): DepartmentOption[] {
  const result: DepartmentOption[] = [];
  const walk = (nodes: readonly DepartmentTreeNode[], depth: number) => {
    for (const node of nodes) {
      result.push({ id: node.id, nameJa: node.nameJa, nameEn: node.nameEn, depth });
      walk(node.children ?? [], depth + 1);
    }
  };
  walk((data?.departments ?? []) as DepartmentTreeNode[], 0);
  return result;
}

/** Every department as a picker option, parents first (loaded once per page, shared through the cache). */
export function useDepartmentOptions(options: { skip?: boolean } = {}): DepartmentOption[] {
  const { data } = useQuery(DepartmentOptionsQuery, { skip: options.skip });
  return useMemo(() => departmentOptions(data), [data]);
}

/** The options of a department combobox, each indented by its depth. */
export function DepartmentOptionItems({ options, locale }: { options: readonly DepartmentOption[]; locale: Locale }) {
  return (
    <>
      {options.map((option) => (
        <Option key={option.id} value={option.id} text={departmentName(option, locale)}>
          {/* Indented by depth with padding, so that the option's name stays the department's name. */}
          <span style={{ paddingInlineStart: `${option.depth * 1.5}em` }}>{departmentName(option, locale)}</span>
        </Option>
      ))}
    </>
  );
}
