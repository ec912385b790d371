/** List-valued props edited as tables: routes, security-group rules, NACL rules, listeners. */
import type {
  Design,
  Listener,
  NetworkAclRule,
  Resource,
  Route,
  SecurityGroupRule,
} from '../../../shared/model/types';
import { useT } from '../../i18n';
import { routeTargetsFor } from '../routeTargets';
import { ListenersEditor, NaclRulesEditor, RoutesEditor, SgRulesEditor } from '../tables';
import type { FieldProps } from './field';
import { fieldBasics } from './field';

function vpcCidrOf(design: Design, resource: Resource): string | undefined {
  const parent = design.resources.find((r) => r.id === resource.parent);
  return parent?.type === 'vpc' ? parent.props.cidr : undefined;
}

function listOf<T>(raw: unknown): T[] {
  return Array.isArray(raw) ? (raw as T[]) : [];
}

export function RoutesField(props: FieldProps) {
  const t = useT();
  const { field, design, resource, setProp } = props;
  const { raw, label } = fieldBasics(t, props);
  return (
    <div className="field-block">
      <h4>{label}</h4>
      <RoutesEditor
        routes={listOf<Route>(raw)}
        targets={routeTargetsFor(design, resource, field.refTypes ?? [])}
        vpcCidr={vpcCidrOf(design, resource)}
        onChange={(routes) => setProp(field.key, routes)}
      />
    </div>
  );
}

export function SgRulesField(props: FieldProps) {
  const t = useT();
  const { field, design, setProp } = props;
  const { raw, label, testId } = fieldBasics(t, props);
  return (
    <div className="field-block">
      <SgRulesEditor
        title={label}
        testId={testId}
        rules={Array.isArray(raw) ? (raw as SecurityGroupRule[]) : undefined}
        groups={design.resources.filter((r) => r.type === 'security-group')}
        onChange={(rules) => setProp(field.key, rules)}
      />
      {raw === undefined && !field.required && <p className="field-hint">{t('ui.inspector.allOutbound')}</p>}
    </div>
  );
}

export function NaclRulesField(props: FieldProps) {
  const t = useT();
  const { field, setProp } = props;
  const { raw, label } = fieldBasics(t, props);
  return (
    <div className="field-block">
      <NaclRulesEditor
        title={label}
        rules={listOf<NetworkAclRule>(raw)}
        onChange={(rules) => setProp(field.key, rules)}
      />
    </div>
  );
}

export function ListenersField(props: FieldProps) {
  const t = useT();
  const { field, setProp } = props;
  const { raw, label } = fieldBasics(t, props);
  return (
    <div className="field-block">
      <h4>{label}</h4>
      <ListenersEditor
        listeners={listOf<Listener>(raw)}
        onChange={(listeners) => setProp(field.key, listeners)}
        layer4={props.resource.type === 'nlb'}
      />
    </div>
  );
}
