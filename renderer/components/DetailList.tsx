export interface DetailListProps {
  /** Label and value pairs; pairs without a value are left out. */
  rows: readonly (readonly [label: string, value: string | undefined])[];
}

/** A definition list of an entity's fields, skipping the empty ones. */
export function DetailList({ rows }: DetailListProps) {
  return (
    <dl className="detail-list">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
