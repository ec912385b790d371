/** Inspector for a connection: endpoints, kind, and protocol/port for network traffic. */
import { CONNECTION_KINDS, PROTOCOLS } from '../../shared/model/types';
import type { Connection, ConnectionKind, Protocol } from '../../shared/model/types';
import { findingToJson } from '../../shared/rules/index';
import { useFindings } from '../engine/index';
import { useLocale, useT } from '../i18n';
import { useEditor } from '../store/index';
import { CommitText, numberCheck, Row } from './inputs';
import { useConnectionEdit } from './useEdit';

export function ConnectionInspector({ connection }: { connection: Connection }) {
  const t = useT();
  const locale = useLocale();
  const design = useEditor((s) => s.design);
  const edit = useConnectionEdit(connection.id);
  const name = (id: string) => {
    const resource = design.resources.find((r) => r.id === id);
    return resource ? `${resource.name ?? resource.id} (${t(`type.${resource.type}`)})` : id;
  };
  const kind = connection.kind ?? 'network';
  const problems = useFindings().filter((f) => f.resources.includes(connection.id));
  return (
    <div className="inspector-body">
      <header className="inspector-head">
        <div>
          <div className="inspector-type">{t('ui.inspector.connection')}</div>
          <div className="muted">
            {t('ui.inspector.id')}: <code>{connection.id}</code>
          </div>
        </div>
      </header>
      <Row label={t('ui.inspector.from')}>
        <span>{name(connection.from)}</span>
      </Row>
      <Row label={t('ui.inspector.to')}>
        <span>{name(connection.to)}</span>
      </Row>
      <Row label={t('ui.inspector.name')}>
        <CommitText
          value={connection.name ?? ''}
          label={t('ui.inspector.name')}
          testId="field-name"
          onCommit={(text) => edit({ field: 'name', value: text })}
        />
      </Row>
      <Row label={t('ui.inspector.kind')}>
        <select
          aria-label={t('ui.inspector.kind')}
          data-testid="field-kind"
          value={kind}
          onChange={(event) => edit({ field: 'kind', value: event.target.value as ConnectionKind })}
        >
          {CONNECTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`ui.kind.${k}`)}
            </option>
          ))}
        </select>
      </Row>
      {kind === 'network' && (
        <>
          <Row label={t('ui.inspector.protocol')}>
            <select
              aria-label={t('ui.inspector.protocol')}
              data-testid="field-protocol"
              value={connection.protocol ?? 'tcp'}
              onChange={(event) => edit({ field: 'protocol', value: event.target.value as Protocol })}
            >
              {PROTOCOLS.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </Row>
          <Row label={t('field.ipVersion')}>
            <select
              aria-label={t('field.ipVersion')}
              data-testid="field-ipVersion"
              value={String(connection.ipVersion ?? 4)}
              onChange={(event) => edit({ field: 'ipVersion', value: event.target.value === '6' ? 6 : 4 })}
            >
              <option value="4">IPv4</option>
              <option value="6">IPv6</option>
            </select>
          </Row>
          {(connection.protocol ?? 'tcp') !== 'all' && (connection.protocol ?? 'tcp') !== 'icmp' && (
            <Row label={t('ui.inspector.port')}>
              <CommitText
                value={connection.port !== undefined ? String(connection.port) : ''}
                check={numberCheck(t, true, 0, 65535, true)}
                label={t('ui.inspector.port')}
                testId="field-port"
                inputMode="numeric"
                onCommit={(text) =>
                  edit({ field: 'port', value: text.trim() === '' ? undefined : Number(text) })
                }
              />
            </Row>
          )}
        </>
      )}
      {problems.length > 0 && (
        <section className="inspector-problems" data-testid="inspector-problems">
          <h3>{t('ui.inspector.problems')}</h3>
          <ul>
            {problems.map((finding, index) => (
              <li key={`${finding.rule}-${index}`} className={`finding finding-${finding.severity}`}>
                {findingToJson(finding, locale).message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
