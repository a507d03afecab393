// A column header that sorts its table (Drivers, Facilities): a button inside the <th>, so Enter and Space work and
// each header is one Tab stop, and aria-sort saying the current order to screen readers.
import type { ReactNode } from 'react';

interface Props<K extends string> {
  column: K;
  label: string;
  /** the table's current order; null while it keeps the server's */
  sort: { key: K; dir: 'asc' | 'desc' } | null;
  onSort: (column: K) => void;
  /** the button's tooltip, e.g. « Trier par Courses » */
  title: string;
  testId: string;
  numeric?: boolean;
}

export function SortableHeader<K extends string>(props: Props<K>): ReactNode {
  const { column, label, sort, numeric = true } = props;
  const dir = sort?.key === column ? sort.dir : null;
  return (
    <th
      scope="col"
      className={numeric ? 'num' : undefined}
      aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
    >
      <button
        type="button"
        className="sort"
        onClick={() => props.onSort(column)}
        title={props.title}
        data-testid={props.testId}
      >
        {label} {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : ''}
      </button>
    </th>
  );
}
