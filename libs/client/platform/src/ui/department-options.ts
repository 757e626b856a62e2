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
