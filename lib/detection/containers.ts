/**
 * A container: an element of many children, such as a list's body of rows. The detector reads its
 * children a chunk at a time (walk.ts), and the cells of a row, which is not one, a row at a time
 * (quietCells.ts).
 */

// A container has this many child elements or more.
const CONTAINER_CHILDREN = 32;

/** Whether this many children (an element's, or nodes added together) make a container's. */
export function isContainerRun(children: number): boolean {
  return children >= CONTAINER_CHILDREN;
}
