/** The cost table's rows: one per priced resource (its lines below it), and the folded free items. */
import { useCanvasActions } from '../../canvas/actions';
import { useT } from '../../i18n';
import { useEditorStore } from '../../store/index';
import type { CostRowView } from './model';

export function Row({ row }: { row: CostRowView }) {
  const t = useT();
  const store = useEditorStore();
  const canvas = useCanvasActions();
  return (
    <tbody className="cost-item" data-testid="cost-row" data-resource={row.resource}>
      <tr
        className="cost-item-head"
        onClick={() => {
          store.select([row.resource]);
          canvas.frame([row.resource]);
        }}
      >
        <th scope="row">
          <button type="button" className="cost-item-name">
            {row.label}
            {row.kind && <span className="cost-kind"> {row.kind}</span>}
          </button>
          <span
            className="cost-bar"
            style={{ width: `${Math.round(row.share * 100)}%` }}
            aria-hidden="true"
          />
        </th>
        <td className="num">
          {row.usd}
          {row.estimate && (
            <span className="cost-estimate" title={t('costPanel.estimateHint')}>
              *
            </span>
          )}
        </td>
        <td className="num">{row.krw}</td>
      </tr>
      {row.lines.map((line) => (
        <tr key={line.id} className={`cost-line${line.unpriced ? ' unpriced' : ''}`}>
          <td>
            <span className="cost-line-description">{line.description}</span>
            <span className="cost-line-detail">{line.detail}</span>
            {line.note && <span className="cost-line-note">{line.note}</span>}
          </td>
          <td className="num">
            {line.usd}
            {line.estimate && (
              <span className="cost-estimate" title={t('costPanel.estimateHint')}>
                {' '}
                {t('costPanel.estimate')}
              </span>
            )}
          </td>
          <td className="num">{line.krw}</td>
        </tr>
      ))}
    </tbody>
  );
}

/** Every free resource on one line; each name still selects its resource. */
export function FreeRow({ items }: { items: { resource: string; label: string }[] }) {
  const t = useT();
  const store = useEditorStore();
  const canvas = useCanvasActions();
  return (
    <tbody className="cost-item cost-free-row" data-testid="cost-free">
      <tr>
        <th scope="row">
          {t('costPanel.freeResources', { count: items.length })}
          {': '}
          {items.map((item, index) => (
            <span key={item.resource}>
              {index > 0 && ', '}
              <button
                type="button"
                className="cost-item-name"
                onClick={() => {
                  store.select([item.resource]);
                  canvas.frame([item.resource]);
                }}
              >
                {item.label}
              </button>
            </span>
          ))}
        </th>
        <td className="num cost-free">{t('costPanel.free')}</td>
        <td className="num" />
      </tr>
    </tbody>
  );
}
