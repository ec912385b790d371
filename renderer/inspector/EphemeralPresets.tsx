/**
 * "Add a return rule" for a network ACL: the ephemeral port ranges AWS documents for common
 * clients (NAT gateway and load balancers, Amazon Linux, Windows), so users need not remember
 * them. Picking one appends an allow rule for TCP on that range, numbered after the last rule.
 */
import type { NetworkAclRule } from '../../shared/model/types';
import { EPHEMERAL_PRESETS } from '../../shared/network/index';
import { useT } from '../i18n';

const PRESET_ROW = { display: 'flex', alignItems: 'center', gap: 6, margin: '4px 0 10px' } as const;
const PRESET_SELECT = { flex: 1, minWidth: 0 } as const;

export function EphemeralPresets({
  rules,
  next,
  onChange,
}: {
  rules: readonly NetworkAclRule[];
  /** The next free rule, as the table's own "add" button numbers it. */
  next: (rules: readonly NetworkAclRule[]) => NetworkAclRule;
  onChange: (rules: NetworkAclRule[]) => void;
}) {
  const t = useT();
  return (
    // Laid out inline (a row under the table), so the panel's stylesheet needs no rule for it.
    <label className="ephemeral-presets" style={PRESET_ROW}>
      <span className="muted">{t('inspector.ephemeral.label')}</span>
      <select
        data-testid="nacl-ephemeral-preset"
        style={PRESET_SELECT}
        value=""
        aria-label={t('inspector.ephemeral.label')}
        onChange={(event) => {
          const preset = EPHEMERAL_PRESETS.find((p) => p.id === event.target.value);
          if (!preset) return;
          const { from, to } = preset.range;
          onChange([...rules, { ...next(rules), protocol: 'tcp', ports: `${from}-${to}` }]);
        }}
      >
        <option value="">{t('inspector.ephemeral.choose')}</option>
        {EPHEMERAL_PRESETS.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {t(`inspector.ephemeral.${preset.id}`, { from: preset.range.from, to: preset.range.to })}
          </option>
        ))}
      </select>
    </label>
  );
}
