/**
 * Ephemeral port ranges: a client picks its source port from one, and a stateless network ACL
 * must let replies back to it. The client decides, not the server
 * (https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html): NAT gateways,
 * load balancers and Lambda use 1024-65535, Amazon Linux 32768-60999 (the Linux kernel default),
 * Windows Server 2008 and later 49152-65535. The tracer checks the widest range (any client);
 * the NACL rule editor offers these as presets.
 */
import type { PortRange } from './types';

export interface EphemeralPreset {
  id: 'nat' | 'amazonLinux' | 'windows';
  range: PortRange;
}

export const EPHEMERAL_PRESETS: readonly EphemeralPreset[] = [
  { id: 'nat', range: { from: 1024, to: 65535 } },
  { id: 'amazonLinux', range: { from: 32768, to: 60999 } },
  { id: 'windows', range: { from: 49152, to: 65535 } },
];
