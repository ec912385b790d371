/**
 * Chooses what to simulate: one of the design's connections (traced as that connection, so its
 * kind decides service hops), or any source and destination with a protocol and port. Hands
 * the chosen flow to `onTrace`; the picks themselves are local to this form.
 */
import { useState } from 'react';
import { PROTOCOLS } from '../../shared/model/types';
import type { Protocol } from '../../shared/model/types';
import type { Flow } from '../../shared/simulate/steps';
import { useT } from '../i18n';
import { useEditor } from '../store/index';
import { labelOf, trafficEnds } from './model';

function ConnectionSelect({ value, onChange }: { value: string; onChange(id: string): void }) {
  const t = useT();
  const design = useEditor((state) => state.design);
  return (
    <label className="sim-field">
      <span>{t('simulate.pick.connection')}</span>
      <select data-testid="sim-connection" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('simulate.pick.none')}</option>
        {design.connections.map((c) => (
          <option key={c.id} value={c.id}>
            {c.id}: {labelOf(design, c.from)} → {labelOf(design, c.to)}
            {c.port !== undefined ? ` ${c.protocol ?? 'tcp'}/${c.port}` : c.kind ? ` (${c.kind})` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The source or the destination of a custom flow: any resource that can send or answer. */
function EndSelect({
  end,
  value,
  onChange,
}: {
  end: 'from' | 'to';
  value: string;
  onChange(id: string): void;
}) {
  const t = useT();
  const design = useEditor((state) => state.design);
  return (
    <label className="sim-field">
      <span>{t(end === 'from' ? 'simulate.pick.from' : 'simulate.pick.to')}</span>
      <select data-testid={`sim-${end}`} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('simulate.pick.none')}</option>
        {trafficEnds(design).map((r) => (
          <option key={r.id} value={r.id}>
            {labelOf(design, r.id)}
          </option>
        ))}
      </select>
    </label>
  );
}

interface CustomFlow {
  from: string;
  to: string;
  protocol: Protocol;
  port: string;
  ipVersion: 4 | 6;
}

function CustomFlowFields({ value, onChange }: { value: CustomFlow; onChange(next: CustomFlow): void }) {
  const t = useT();
  return (
    <div className="sim-custom">
      <EndSelect end="from" value={value.from} onChange={(from) => onChange({ ...value, from })} />
      <EndSelect end="to" value={value.to} onChange={(to) => onChange({ ...value, to })} />
      <label className="sim-field sim-small">
        <span>{t('simulate.pick.protocol')}</span>
        <select
          data-testid="sim-protocol"
          value={value.protocol}
          onChange={(event) => onChange({ ...value, protocol: event.target.value as Protocol })}
        >
          {PROTOCOLS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label className="sim-field sim-small">
        <span>{t('simulate.pick.port')}</span>
        <input
          data-testid="sim-port"
          inputMode="numeric"
          value={value.port}
          onChange={(event) => onChange({ ...value, port: event.target.value.replace(/[^0-9]/g, '') })}
        />
      </label>
      <label className="sim-field sim-small">
        <span>{t('field.ipVersion')}</span>
        <select
          data-testid="sim-ip-version"
          value={String(value.ipVersion)}
          onChange={(event) => onChange({ ...value, ipVersion: event.target.value === '6' ? 6 : 4 })}
        >
          <option value="4">IPv4</option>
          <option value="6">IPv6</option>
        </select>
      </label>
    </div>
  );
}

export function FlowPicker({ onTrace }: { onTrace(flow: Flow): void }) {
  const t = useT();
  const design = useEditor((state) => state.design);
  const [mode, setMode] = useState<'connection' | 'custom'>('connection');
  const [connectionId, setConnectionId] = useState('');
  const [custom, setCustom] = useState<CustomFlow>({
    from: '',
    to: '',
    protocol: 'tcp',
    port: '',
    ipVersion: 4,
  });

  const traceChosen = (): void => {
    if (mode === 'connection') {
      const connection = design.connections.find((c) => c.id === connectionId);
      if (!connection) return;
      const { from, to, protocol, port, ipVersion } = connection;
      onTrace({
        from,
        to,
        protocol,
        port,
        connection: connection.id,
        ...(ipVersion === 6 ? { ipVersion } : {}),
      });
    } else if (custom.from && custom.to) {
      const port = custom.port.trim() === '' ? undefined : Number(custom.port);
      onTrace({
        from: custom.from,
        to: custom.to,
        protocol: custom.protocol,
        port: Number.isInteger(port) ? port : undefined,
        ...(custom.ipVersion === 6 ? { ipVersion: 6 as const } : {}),
      });
    }
  };

  return (
    <div className="sim-pick" role="group">
      <div className="sim-mode">
        <label>
          <input type="radio" checked={mode === 'connection'} onChange={() => setMode('connection')} />{' '}
          {t('simulate.mode.connection')}
        </label>
        <label>
          <input type="radio" checked={mode === 'custom'} onChange={() => setMode('custom')} />{' '}
          {t('simulate.mode.custom')}
        </label>
      </div>
      {mode === 'connection' ? (
        <ConnectionSelect value={connectionId} onChange={setConnectionId} />
      ) : (
        <CustomFlowFields value={custom} onChange={setCustom} />
      )}
      <button type="button" className="primary" data-testid="sim-trace" onClick={traceChosen}>
        {t('simulate.run')}
      </button>
    </div>
  );
}
