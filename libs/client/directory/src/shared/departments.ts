import type { DepartmentTreeQuery } from '@kakehashi/client-platform';

export type DepartmentTreeNode = {
  id: string;
  code: string;
  nameJa: string;
  nameEn: string;
  memberCount: number;
  children?: DepartmentTreeNode[];
};

/** The tree from `departments` (the query's fixed depth), typed recursively. */
export function treeRoots(data: DepartmentTreeQuery | undefined): DepartmentTreeNode[] {
  return (data?.departments ?? []) as DepartmentTreeNode[];
}

/** Depth-first, parents before children: for the department filter's options. */
export function flattenTree(roots: DepartmentTreeNode[]): { node: DepartmentTreeNode; depth: number }[] {
  const result: { node: DepartmentTreeNode; depth: number }[] = [];
  const walk = (nodes: DepartmentTreeNode[], depth: number) => {
    for (const node of nodes) {
      result.push({ node, depth });
      walk(node.children ?? [], depth + 1);
    }
  };
  walk(roots, 0);
  return result;
}
