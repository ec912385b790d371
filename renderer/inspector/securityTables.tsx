/**
 * The rule tables of security groups and network ACLs: the one table editor (RuleTable.tsx)
 * with their columns. Protocol and ports are the same cells in both, written once.
 */
import type { Translate } from '../../shared/i18n/index';
import { PROTOCOLS } from '../../shared/model/types';
import type { NetworkAclRule, Protocol, Resource, SecurityGroupRule } from '../../shared/model/types';
import { parseCidr } from '../../shared/network/cidr';
import { parseCidr6 } from '../../shared/network/cidr6';
import { isPrefixListPeer } from '../../shared/network/index';
import { useT } from '../i18n';
import { EphemeralPresets } from './EphemeralPresets';
import { cidrCheck, CommitText, numberCheck, portsCheck } from './inputs';
import type { RuleColumn } from './RuleTable';
import { resourceLabel, RuleTable } from './RuleTable';

/** Protocol and ports: the same two cells in security-group and network-ACL rules. */
function protocolAndPorts<Row extends { protocol: Protocol; ports?: string }>(
  t: Translate,
): RuleColumn<Row>[] {
  return [
    {
      header: 'ui.inspector.protocol',
      cell: (row, change) => (
        <select
          aria-label={t('ui.inspector.protocol')}
          value={row.protocol}
          onChange={(event) => change({ ...row, protocol: event.target.value as Protocol })}
        >
          {PROTOCOLS.map((protocol) => (
            <option key={protocol} value={protocol}>
              {protocol}
            </option>
          ))}
        </select>
      ),
    },
    {
      header: 'ui.inspector.ports',
      cell: (row, change) => (
        <CommitText
          value={row.ports ?? ''}
          check={portsCheck(t)}
          label={t('ui.inspector.ports')}
          onCommit={(text) => {
            // An empty ports cell means "all ports": the key is left out, not written empty.
            const next = { ...row };
            if (text.trim() === '') delete next.ports;
            else next.ports = text.trim();
            change(next);
          }}
        />
      ),
    },
  ];
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
  const groupIds = new Set(groups.map((g) => g.id));
  // A peer is a CIDR, another security group's id or a prefix list (offered in the datalist).
  const peerCheck = (text: string) =>
    parseCidr(text) || parseCidr6(text) || groupIds.has(text.trim()) || isPrefixListPeer(text.trim())
      ? null
      : t('ui.inspector.invalidCidr');
  const datalist = `${testId}-peers`;
  const columns: RuleColumn<SecurityGroupRule>[] = [
    ...protocolAndPorts<SecurityGroupRule>(t),
    {
      header: 'ui.inspector.peer',
      cell: (rule, change) => (
        <span className="commit-text">
          <CommitText
            value={rule.peer}
            check={peerCheck}
            label={t('ui.inspector.peer')}
            list={datalist}
            onCommit={(peer) => change({ ...rule, peer: peer.trim() })}
          />
        </span>
      ),
    },
  ];
  return (
    <>
      <datalist id={datalist}>
        <option value="0.0.0.0/0" />
        <option value="pl-s3" />
        <option value="pl-dynamodb" />
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {resourceLabel(g)}
          </option>
        ))}
      </datalist>
      <RuleTable
        title={title}
        testId={testId}
        rows={rules ?? []}
        columns={columns}
        newRow={(): SecurityGroupRule => ({ protocol: 'tcp', ports: '443', peer: '0.0.0.0/0' })}
        onChange={onChange}
      />
    </>
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
  const columns: RuleColumn<NetworkAclRule>[] = [
    {
      header: 'ui.inspector.ruleNumber',
      cell: (rule, change) => (
        <CommitText
          value={String(rule.rule)}
          check={numberCheck(t, true, 1, 32766, false)}
          label={t('ui.inspector.ruleNumber')}
          inputMode="numeric"
          onCommit={(text) => change({ ...rule, rule: Number(text) })}
        />
      ),
    },
    ...protocolAndPorts<NetworkAclRule>(t),
    {
      header: 'ui.inspector.cidr',
      cell: (rule, change) => (
        <CommitText
          value={rule.cidr}
          check={cidrCheck(t, false, 'any')}
          label={t('ui.inspector.cidr')}
          onCommit={(cidr) => change({ ...rule, cidr: cidr.trim() })}
        />
      ),
    },
    {
      header: 'ui.inspector.action',
      cell: (rule, change) => (
        <select
          aria-label={t('ui.inspector.action')}
          value={rule.action}
          onChange={(event) => change({ ...rule, action: event.target.value === 'deny' ? 'deny' : 'allow' })}
        >
          <option value="allow">allow</option>
          <option value="deny">deny</option>
        </select>
      ),
    },
  ];
  return (
    <>
      <RuleTable
        title={title}
        variant="nacl"
        rows={rules}
        columns={columns}
        newRow={nextNaclRule}
        onChange={onChange}
      />
      <EphemeralPresets rules={rules} next={nextNaclRule} onChange={onChange} />
    </>
  );
}

/** A new ACL rule numbered 100 after the highest (AWS's usual spacing), within the 32766 limit. */
export function nextNaclRule(rules: readonly NetworkAclRule[]): NetworkAclRule {
  const next = Math.max(0, ...rules.map((r) => r.rule)) + 100;
  return { rule: Math.min(next, 32766), protocol: 'all', cidr: '0.0.0.0/0', action: 'allow' };
}
