import { executeServerCommand } from '@web/test-runner-commands';

/** A node of Chromium's accessibility tree, as Puppeteer serializes it. */
export interface AxNode {
  role?: string;
  name?: string;
  description?: string;
  selected?: boolean;
  children?: AxNode[];
}

/**
 * The whole accessibility subtree (not only the "interesting" nodes) of the element `id`, looked
 * up through shadow roots. Chromium only: see test/support/chromium-commands.mjs.
 */
export async function accessibilityTree(id: string): Promise<AxNode> {
  return (await executeServerCommand('accessibility-tree', {
    selector: `pierce/#${id}`,
  })) as AxNode;
}

/** Every node of a tree, depth first. */
export const treeNodes = (node: AxNode): AxNode[] => [
  node,
  ...(node.children ?? []).flatMap(treeNodes),
];
