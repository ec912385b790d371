/**
 * The one table editor for list props (security-group rules, network-ACL rules, routes,
 * listeners): a header, one row per item, a remove button per row and an add button. What a
 * row holds is given as columns, so the tables differ only in their columns and the row a
 * click on "add" creates. Every change (add, edit a cell, remove) hands the whole new list to
 * `onChange`, which the inspector applies as one undo entry.
 */
import { Fragment } from 'react';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n/index';
import { useT } from '../i18n';

export interface RuleColumn<Row> {
  /** Message key of the column heading. */
  header: MessageKey;
  /** The cell: an input that calls `change` with the edited row. */
  cell(row: Row, change: (next: Row) => void): ReactNode;
}

export interface RuleTableProps<Row> {
  rows: readonly Row[];
  columns: readonly RuleColumn<Row>[];
  /** The row "add" appends, given the current rows (e.g. the next free rule number). */
  newRow(rows: readonly Row[]): Row;
  onChange(rows: Row[]): void;
  /** A titled table says so when it is empty ("no rules"); untitled ones stay quiet. */
  title?: string;
  /** When to show the headings: with rows only (default), always, or never. */
  head?: 'rows' | 'always' | 'never';
  /** A read-only first row that is not in `rows` (the route table's local route). */
  fixedRow?: ReactNode;
  /** Extra class on the rows, for tables with their own grid (e.g. `nacl`). */
  variant?: string;
  testId?: string;
  rowTestId?: string;
  addTestId?: string;
}

/** How a cell names a resource it refers to: "name (id)", or the id when it has no name. */
export function resourceLabel(resource: { id: string; name?: string }): string {
  return resource.name ? `${resource.name} (${resource.id})` : resource.id;
}

function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((existing, i) => (i === index ? item : existing));
}

function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

export function RuleTable<Row>({
  rows,
  columns,
  newRow,
  onChange,
  title,
  head = 'rows',
  fixedRow,
  variant,
  testId,
  rowTestId,
  addTestId,
}: RuleTableProps<Row>) {
  const t = useT();
  const rowClass = variant ? `table-row ${variant}` : 'table-row';
  const showHead = head === 'always' || (head === 'rows' && rows.length > 0);
  return (
    <div className="table-editor" data-testid={testId}>
      {title !== undefined && <h4>{title}</h4>}
      {title !== undefined && rows.length === 0 && <p className="muted">{t('ui.inspector.noRows')}</p>}
      {showHead && (
        <div className={`${rowClass} table-head`}>
          {columns.map((column) => (
            <span key={column.header}>{t(column.header)}</span>
          ))}
          <span />
        </div>
      )}
      {fixedRow}
      {rows.map((row, index) => (
        <div className={rowClass} key={index} data-testid={rowTestId}>
          {columns.map((column) => (
            <Fragment key={column.header}>
              {column.cell(row, (next) => onChange(replaceAt(rows, index, next)))}
            </Fragment>
          ))}
          <button
            type="button"
            className="row-remove"
            aria-label={t('ui.inspector.remove')}
            title={t('ui.inspector.remove')}
            onClick={() => onChange(removeAt(rows, index))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="row-add"
        data-testid={addTestId}
        onClick={() => onChange([...rows, newRow(rows)])}
      >
        + {t('ui.inspector.add')}
      </button>
    </div>
  );
}
