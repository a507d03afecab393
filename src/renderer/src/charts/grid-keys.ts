// Where an arrow key (or Home / End, Ctrl+Home / Ctrl+End) moves the focus in a grid of rows × cols, the ARIA grid
// pattern's keys: the grid is one Tab stop and the keys move inside it (a roving tabindex). Null: not our key.
export interface GridPos {
  row: number;
  col: number;
}

export function gridStep(
  pos: GridPos,
  key: string,
  ctrl: boolean,
  rows: number,
  cols: number,
): GridPos | null {
  const clamp = (v: number, n: number): number => Math.max(0, Math.min(n - 1, v));
  switch (key) {
    case 'ArrowLeft':
      return { row: pos.row, col: clamp(pos.col - 1, cols) };
    case 'ArrowRight':
      return { row: pos.row, col: clamp(pos.col + 1, cols) };
    case 'ArrowUp':
      return { row: clamp(pos.row - 1, rows), col: pos.col };
    case 'ArrowDown':
      return { row: clamp(pos.row + 1, rows), col: pos.col };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: pos.row, col: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, col: cols - 1 } : { row: pos.row, col: cols - 1 };
    default:
      return null;
  }
}
