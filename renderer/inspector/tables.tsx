/**
 * The list props' editors: routes, security-group rules, network-ACL rules, listeners. Each is
 * the one table editor (RuleTable.tsx) given its columns and the row "add" creates; the
 * security-group and network-ACL tables are in securityTables.tsx.
 */
import type { Listener, Resource, Route } from '../../shared/model/types';
import { ALB_LISTENER_PROTOCOLS } from '../../shared/network/index';
import { NLB_LISTENER_PROTOCOLS } from '../../shared/network/nlb';
import { useT } from '../i18n';
import { cidrCheck, CommitText, numberCheck } from './inputs';
import type { RuleColumn } from './RuleTable';
import { resourceLabel, RuleTable } from './RuleTable';

export { NaclRulesEditor, nextNaclRule, SgRulesEditor } from './securityTables';

export function RoutesEditor({
  routes,
  targets,
  vpcCidr,
  onChange,
}: {
  routes: readonly Route[];
  targets: readonly Resource[];
  vpcCidr: string | undefined;
  onChange: (routes: Route[]) => void;
}) {
  const t = useT();
  const columns: RuleColumn<Route>[] = [
    {
      header: 'ui.inspector.destination',
      cell: (route, change) => (
        <CommitText
          value={route.destination}
          check={cidrCheck(t, false, 'any')}
          label={t('ui.inspector.destination')}
          onCommit={(destination) => change({ ...route, destination: destination.trim() })}
        />
      ),
    },
    {
      header: 'ui.inspector.target',
      cell: (route, change) => (
        <select
          aria-label={t('ui.inspector.target')}
          value={route.target}
          onChange={(event) => change({ ...route, target: event.target.value })}
        >
          {/* A target that is gone (or not allowed) stays visible until the user picks another. */}
          {!targets.some((r) => r.id === route.target) && (
            <option value={route.target}>{route.target || '—'}</option>
          )}
          {targets.map((target) => (
            <option key={target.id} value={target.id}>
              {resourceLabel(target)}
            </option>
          ))}
        </select>
      ),
    },
  ];
  const localRoute = (
    <div className="table-row muted">
      <span>{vpcCidr ?? '—'}</span>
      <span>{t('ui.inspector.localRoute')}</span>
      <span />
    </div>
  );
  return (
    <RuleTable
      testId="routes-editor"
      rowTestId="route-row"
      addTestId="route-add"
      head="always"
      fixedRow={localRoute}
      rows={routes}
      columns={columns}
      newRow={() => ({ destination: '0.0.0.0/0', target: targets[0]?.id ?? '' })}
      onChange={onChange}
    />
  );
}

/**
 * An ALB listens on HTTP and HTTPS only (ALB_LISTENER_PROTOCOLS), an NLB on TCP, TLS, UDP and
 * TCP_UDP (NLB_LISTENER_PROTOCOLS); another value in a file is still shown.
 */
function listenerChoices(current: string, layer4: boolean): readonly string[] {
  const offered = layer4 ? NLB_LISTENER_PROTOCOLS : ALB_LISTENER_PROTOCOLS;
  return offered.includes(current) ? offered : [...offered, current];
}

export function ListenersEditor({
  listeners,
  onChange,
  layer4 = false,
}: {
  listeners: readonly Listener[];
  onChange: (listeners: Listener[]) => void;
  /** A Network Load Balancer's listeners (layer-4 protocols). */
  layer4?: boolean;
}) {
  const t = useT();
  const columns: RuleColumn<Listener>[] = [
    {
      header: 'ui.inspector.port',
      cell: (listener, change) => (
        <CommitText
          value={String(listener.port)}
          check={numberCheck(t, true, 1, 65535, false)}
          label={t('ui.inspector.port')}
          inputMode="numeric"
          onCommit={(text) => change({ ...listener, port: Number(text) })}
        />
      ),
    },
    {
      header: 'ui.inspector.protocol',
      cell: (listener, change) => (
        <select
          aria-label={t('ui.inspector.protocol')}
          value={listener.protocol}
          onChange={(event) => change({ ...listener, protocol: event.target.value as Listener['protocol'] })}
        >
          {listenerChoices(listener.protocol, layer4).map((protocol) => (
            <option key={protocol} value={protocol}>
              {protocol}
            </option>
          ))}
        </select>
      ),
    },
  ];
  return (
    <RuleTable
      head="never"
      rows={listeners}
      columns={columns}
      newRow={() => ({ port: 443, protocol: layer4 ? 'TCP' : 'HTTPS' })}
      onChange={onChange}
    />
  );
}
