// The header row of a data table: one column heading each, numbers right-aligned, and a heading
// kept for screen readers only where the column holds buttons.
export interface TableColumn {
  label: string;
  numeric?: boolean;
  /** Read out, not shown (an actions column). */
  hidden?: boolean;
}

export function TableHead({ columns }: { columns: TableColumn[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          <th key={i} scope="col" className={c.numeric ? 'num' : undefined}>
            {c.hidden ? <span className="visually-hidden">{c.label}</span> : c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
