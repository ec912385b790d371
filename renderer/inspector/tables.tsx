/**
 * Row editors for list props: routes, security-group rules, network-ACL rules, listeners.
 * Each change (add, edit a cell, remove) replaces the list as one undo entry.
 */
import type { Translate } from '../../shared/i18n/index';
import { PROTOCOLS } from '../../shared/model/types';
import type {
  Listener,
  NetworkAclRule,
  Protocol,
  Resource,
  Route,
  SecurityGroupRule,
} from '../../shared/model/types';
import { parseCidr } from '../../shared/network/cidr';
import { useT } from '../i18n';
import { cidrCheck, CommitText, numberCheck, portsCheck } from './inputs';

function label(resource: Resource): string {
  return resource.name ? `${resource.name} (${resource.id})` : resource.id;
}

function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((existing, i) => (i === index ? item : existing));
}

function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

function RemoveButton({ onClick, t }: { onClick: () => void; t: Translate }) {
  return (
    <button
      type="button"
      className="row-remove"
      aria-label={t('ui.inspector.remove')}
      title={t('ui.inspector.remove')}
      onClick={onClick}
    >
      ×
    </button>
  );
}

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
  const check = cidrCheck(t);
  return (
    <div className="table-editor" data-testid="routes-editor">
      <div className="table-row table-head">
        <span>{t('ui.inspector.destination')}</span>
        <span>{t('ui.inspector.target')}</span>
        <span />
      </div>
      <div className="table-row muted">
        <span>{vpcCidr ?? '—'}</span>
        <span>{t('ui.inspector.localRoute')}</span>
        <span />
      </div>
      {routes.map((route, index) => (
        <div className="table-row" key={index} data-testid="route-row">
          <CommitText
            value={route.destination}
            check={check}
            label={t('ui.inspector.destination')}
            onCommit={(destination) =>
              onChange(replaceAt(routes, index, { ...route, destination: destination.trim() }))
            }
          />
          <select
            aria-label={t('ui.inspector.target')}
            value={route.target}
            onChange={(event) => onChange(replaceAt(routes, index, { ...route, target: event.target.value }))}
          >
            {!targets.some((r) => r.id === route.target) && (
              <option value={route.target}>{route.target || '—'}</option>
            )}
            {targets.map((target) => (
              <option key={target.id} value={target.id}>
                {label(target)}
              </option>
            ))}
          </select>
          <RemoveButton t={t} onClick={() => onChange(removeAt(routes, index))} />
        </div>
      ))}
      <button
        type="button"
        className="row-add"
        data-testid="route-add"
        onClick={() => onChange([...routes, { destination: '0.0.0.0/0', target: targets[0]?.id ?? '' }])}
      >
        + {t('ui.inspector.add')}
      </button>
    </div>
  );
}

function ProtocolSelect({ value, onChange }: { value: Protocol; onChange: (protocol: Protocol) => void }) {
  const t = useT();
  return (
    <select
      aria-label={t('ui.inspector.protocol')}
      value={value}
      onChange={(event) => onChange(event.target.value as Protocol)}
    >
      {PROTOCOLS.map((protocol) => (
        <option key={protocol} value={protocol}>
          {protocol}
        </option>
      ))}
    </select>
  );
}

export function SgRulesEditor({
  title,
  rules,
  groups,
  onChange,
  testId,
}: {
  title: string;
  rules: readonly SecurityGroupRule[] | undefined;
  groups: readonly Resource[];
  onChange: (rules: SecurityGroupRule[]) => void;
  testId: string;
}) {
  const t = useT();
  const list = rules ?? [];
  const groupIds = new Set(groups.map((g) => g.id));
  const peerCheck = (text: string) =>
    parseCidr(text) || groupIds.has(text.trim()) ? null : t('ui.inspector.invalidCidr');
  const datalist = `${testId}-peers`;
  return (
    <div className="table-editor" data-testid={testId}>
      <h4>{title}</h4>
      {list.length === 0 && <p className="muted">{t('ui.inspector.noRows')}</p>}
      {list.length > 0 && (
        <div className="table-row table-head">
          <span>{t('ui.inspector.protocol')}</span>
          <span>{t('ui.inspector.ports')}</span>
          <span>{t('ui.inspector.peer')}</span>
          <span />
        </div>
      )}
      <datalist id={datalist}>
        <option value="0.0.0.0/0" />
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {label(g)}
          </option>
        ))}
      </datalist>
      {list.map((rule, index) => (
        <div className="table-row" key={index}>
          <ProtocolSelect
            value={rule.protocol}
            onChange={(protocol) => onChange(replaceAt(list, index, { ...rule, protocol }))}
          />
          <CommitText
            value={rule.ports ?? ''}
            check={portsCheck(t)}
            label={t('ui.inspector.ports')}
            onCommit={(text) => {
              const next = { ...rule };
              if (text.trim() === '') delete next.ports;
              else next.ports = text.trim();
              onChange(replaceAt(list, index, next));
            }}
          />
          <span className="commit-text">
            <CommitText
              value={rule.peer}
              check={peerCheck}
              label={t('ui.inspector.peer')}
              onCommit={(peer) => onChange(replaceAt(list, index, { ...rule, peer: peer.trim() }))}
            />
          </span>
          <RemoveButton t={t} onClick={() => onChange(removeAt(list, index))} />
        </div>
      ))}
      <button
        type="button"
        className="row-add"
        onClick={() => onChange([...list, { protocol: 'tcp', ports: '443', peer: '0.0.0.0/0' }])}
      >
        + {t('ui.inspector.add')}
      </button>
    </div>
  );
}

export function NaclRulesEditor({
  title,
  rules,
  onChange,
}: {
  title: string;
  rules: readonly NetworkAclRule[];
  onChange: (rules: NetworkAclRule[]) => void;
}) {
  const t = useT();
  const sorted = rules;
  return (
    <div className="table-editor">
      <h4>{title}</h4>
      {sorted.length === 0 && <p className="muted">{t('ui.inspector.noRows')}</p>}
      {sorted.length > 0 && (
        <div className="table-row table-head nacl">
          <span>{t('ui.inspector.ruleNumber')}</span>
          <span>{t('ui.inspector.protocol')}</span>
          <span>{t('ui.inspector.ports')}</span>
          <span>{t('ui.inspector.cidr')}</span>
          <span>{t('ui.inspector.action')}</span>
          <span />
        </div>
      )}
      {sorted.map((rule, index) => (
        <div className="table-row nacl" key={index}>
          <CommitText
            value={String(rule.rule)}
            check={numberCheck(t, true, 1, 32766, false)}
            label={t('ui.inspector.ruleNumber')}
            inputMode="numeric"
            onCommit={(text) => onChange(replaceAt(rules, index, { ...rule, rule: Number(text) }))}
          />
          <ProtocolSelect
            value={rule.protocol}
            onChange={(protocol) => onChange(replaceAt(rules, index, { ...rule, protocol }))}
          />
          <CommitText
            value={rule.ports ?? ''}
            check={portsCheck(t)}
            label={t('ui.inspector.ports')}
            onCommit={(text) => {
              const next = { ...rule };
              if (text.trim() === '') delete next.ports;
              else next.ports = text.trim();
              onChange(replaceAt(rules, index, next));
            }}
          />
          <CommitText
            value={rule.cidr}
            check={cidrCheck(t)}
            label={t('ui.inspector.cidr')}
            onCommit={(cidr) => onChange(replaceAt(rules, index, { ...rule, cidr: cidr.trim() }))}
          />
          <select
            aria-label={t('ui.inspector.action')}
            value={rule.action}
            onChange={(event) =>
              onChange(
                replaceAt(rules, index, {
                  ...rule,
                  action: event.target.value === 'deny' ? 'deny' : 'allow',
                }),
              )
            }
          >
            <option value="allow">allow</option>
            <option value="deny">deny</option>
          </select>
          <RemoveButton t={t} onClick={() => onChange(removeAt(rules, index))} />
        </div>
      ))}
      <button
        type="button"
        className="row-add"
        onClick={() => {
          const next = Math.max(0, ...rules.map((r) => r.rule)) + 100;
          onChange([
            ...rules,
            { rule: Math.min(next, 32766), protocol: 'all', cidr: '0.0.0.0/0', action: 'allow' },
          ]);
        }}
      >
        + {t('ui.inspector.add')}
      </button>
    </div>
  );
}

const LISTENER_PROTOCOLS: readonly Listener['protocol'][] = ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP', 'TCP_UDP'];

export function ListenersEditor({
  listeners,
  onChange,
}: {
  listeners: readonly Listener[];
  onChange: (listeners: Listener[]) => void;
}) {
  const t = useT();
  return (
    <div className="table-editor">
      {listeners.map((listener, index) => (
        <div className="table-row" key={index}>
          <CommitText
            value={String(listener.port)}
            check={numberCheck(t, true, 1, 65535, false)}
            label={t('ui.inspector.port')}
            inputMode="numeric"
            onCommit={(text) => onChange(replaceAt(listeners, index, { ...listener, port: Number(text) }))}
          />
          <select
            aria-label={t('ui.inspector.protocol')}
            value={listener.protocol}
            onChange={(event) =>
              onChange(
                replaceAt(listeners, index, {
                  ...listener,
                  protocol: event.target.value as Listener['protocol'],
                }),
              )
            }
          >
            {LISTENER_PROTOCOLS.map((protocol) => (
              <option key={protocol} value={protocol}>
                {protocol}
              </option>
            ))}
          </select>
          <RemoveButton t={t} onClick={() => onChange(removeAt(listeners, index))} />
        </div>
      ))}
      <button
        type="button"
        className="row-add"
        onClick={() => onChange([...listeners, { port: 443, protocol: 'HTTPS' }])}
      >
        + {t('ui.inspector.add')}
      </button>
    </div>
  );
}
